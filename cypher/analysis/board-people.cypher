// Everyone on the board, in id order (the "board order" analysis results are stable in).
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b)-[inc:INCLUDES]->(p:Person)
RETURN p {.*, toneSetter: inc.toneSetter} AS person
ORDER BY p.id
