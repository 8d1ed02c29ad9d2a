// The area's people as the viewer sees them: everyone on the viewer's boards in the area, and
// members (on $asOf) of the area's groups where one of the viewer's boards holds both the person
// and the group; with the viewer's boards each is on.
MATCH (:User {id: $userId})-[:ON_TEAM]->(b:Board)-[:INCLUDES]->(p:Person)
WHERE b.id IN $boardIds
   OR EXISTS {
        MATCH (p)-[m:MEMBER_OF]->(g:Group)<-[:INCLUDES_GROUP]-(b)
        WHERE g.id IN $groupIds AND m.validFrom <= date($asOf) AND (m.validTo IS NULL OR m.validTo > date($asOf))
      }
WITH DISTINCT p
CALL (p) {
  MATCH (p)<-[:INCLUDES]-(b:Board)<-[:ON_TEAM]-(:User {id: $userId})
  RETURN collect(DISTINCT b.id) AS boardIds
}
RETURN p {.*} AS person, boardIds
ORDER BY p.id
