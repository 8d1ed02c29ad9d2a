MATCH (b:Board {id: $boardId})<-[:ON_TEAM]-(u:User)
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (u)-[:WORKS_AT]->(a:Agency)
RETURN u {.id, .username, .displayName, .role, agencyId: a.id} AS user
ORDER BY u.username
