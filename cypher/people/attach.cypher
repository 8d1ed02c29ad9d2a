// Puts an existing person (visible to the user through another board) on this board: the
// same node, so connections across boards stay one graph.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (p:Person {id: $personId})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
MERGE (b)-[inc:INCLUDES]->(p)
ON CREATE SET inc.toneSetter = false, inc.addedAt = datetime()
RETURN p {.*, toneSetter: inc.toneSetter} AS person
