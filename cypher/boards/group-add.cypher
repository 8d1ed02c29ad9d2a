// A group is reachable if it is on another board of the user's (or was just created on this one).
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (g:Group {id: $groupId})
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
MERGE (b)-[ig:INCLUDES_GROUP]->(g)
ON CREATE SET ig.addedAt = datetime()
RETURN b.id AS id
