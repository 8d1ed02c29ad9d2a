MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b)-[:INCLUDES_GROUP]->(g:Group)
OPTIONAL MATCH (g)-[:IN_AREA]->(a:Area)
RETURN g {.*, areaId: a.id} AS group
ORDER BY g.id
