// The area's groups as the viewer sees them: groups on one of the viewer's boards that are in the
// area themselves or sit on one of the viewer's boards in the area; with the viewer's boards
// that hold each.
MATCH (:User {id: $userId})-[:ON_TEAM]->(b:Board)-[:INCLUDES_GROUP]->(g:Group)
WHERE b.id IN $boardIds OR EXISTS { (g)-[:IN_AREA]->(:Area {id: $areaId}) }
WITH DISTINCT g
CALL (g) {
  MATCH (g)<-[:INCLUDES_GROUP]-(b:Board)<-[:ON_TEAM]-(:User {id: $userId})
  RETURN collect(DISTINCT b.id) AS boardIds
}
OPTIONAL MATCH (g)-[:IN_AREA]->(ga:Area)
RETURN g {.*, areaId: ga.id} AS group, boardIds
ORDER BY g.id
