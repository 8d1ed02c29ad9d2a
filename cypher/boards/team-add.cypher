MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (member:User {id: $memberId})
MERGE (member)-[team:ON_TEAM]->(b)
ON CREATE SET team.since = datetime()
RETURN b.id AS id
