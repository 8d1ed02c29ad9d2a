// The board, if the user is on its team: every analysis starts here, so a board the user may not
// see answers exactly like a missing one. The head count (a degree lookup) tells the caller early
// whether the analysis will need the analysis thread.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN b.id AS id, COUNT { (b)-[:INCLUDES]->(:Person) } AS people
