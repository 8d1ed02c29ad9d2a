// The people an intervention targets that the user can see (a person may have left every board
// of the user's since the intervention was planned).
MATCH (b:Board)-[:HAS_INTERVENTION]->(i:Intervention {id: $id})-[:TARGETS]->(p:Person)
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN p {.*} AS person
ORDER BY p.id
