MATCH (b:Board {id: $boardId})-[inc:INCLUDES|INCLUDES_GROUP]->(n)
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) } AND inc.x IS NOT NULL
RETURN n.id AS nodeId, inc.x AS x, inc.y AS y
ORDER BY nodeId
