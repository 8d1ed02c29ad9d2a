MATCH (b:Board {id: $boardId})-[:HAS_MEETING]->(m:Meeting)
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN m.id AS id
ORDER BY m.date DESC
