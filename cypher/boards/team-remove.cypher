MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (:User {id: $memberId})-[team:ON_TEAM]->(b)
DELETE team
RETURN b.id AS id
