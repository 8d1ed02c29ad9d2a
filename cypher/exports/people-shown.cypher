// Of the people a picture of the board shows, those that are on the board (no row: the board is
// missing or not the user's). Ids of anyone else are dropped, not recorded.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (b)-[:INCLUDES]->(p:Person)
WHERE p.id IN $personIds
// Grouped by the board, so a board the user cannot see gives no row (not an empty list).
RETURN b.id AS boardId, collect(p.id) AS personIds
