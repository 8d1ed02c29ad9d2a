MATCH (p:Person {id: $id})-[m:MEMBER_OF]->(g:Group)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND m.validFrom <= date($asOf) AND (m.validTo IS NULL OR m.validTo > date($asOf))
RETURN m {.*, personId: p.id, groupId: g.id} AS membership
ORDER BY g.name
