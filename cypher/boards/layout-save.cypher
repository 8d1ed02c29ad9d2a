// Saves positions of people and groups on this board; ids not on the board are ignored.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
UNWIND $positions AS pos
OPTIONAL MATCH (b)-[inc:INCLUDES|INCLUDES_GROUP]->(n {id: pos.nodeId})
WITH inc, pos WHERE inc IS NOT NULL
SET inc.x = pos.x, inc.y = pos.y
RETURN pos.nodeId AS nodeId, pos.x AS x, pos.y AS y
