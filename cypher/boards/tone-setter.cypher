MATCH (b:Board {id: $boardId})-[inc:INCLUDES]->(p:Person {id: $personId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
SET inc.toneSetter = $toneSetter
RETURN p {.*, toneSetter: inc.toneSetter} AS person
