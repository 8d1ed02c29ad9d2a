// Memberships in force on $asOf of people on the board in groups on the board.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b)-[:INCLUDES]->(p:Person)-[m:MEMBER_OF]->(g:Group)
WHERE m.validFrom <= date($asOf) AND (m.validTo IS NULL OR m.validTo > date($asOf))
  AND EXISTS { (g)<-[:INCLUDES_GROUP]-(b) }
RETURN p.id AS personId, g.id AS groupId
ORDER BY p.id, g.id
