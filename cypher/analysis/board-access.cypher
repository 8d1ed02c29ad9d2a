// The board, if the user is on its team: every analysis starts here, so a board the user may not
// see answers exactly like a missing one.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN b.id AS id
