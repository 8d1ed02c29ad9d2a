// Takes the group's write lock before its version is compared (shared/versioned.ts), for taking it
// off a board of the user's. A replay of the same removal (the group is off the board by then) is
// recognised by its write id.
MATCH (g:Group {id: $id})
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board {id: $boardId})<-[:ON_TEAM]-(:User {id: $userId}) }
   OR (g.lastWriteId = $writeId AND EXISTS { (:Board {id: $boardId})<-[:ON_TEAM]-(:User {id: $userId}) })
SET g.lockedAt = datetime()
REMOVE g.lockedAt
WITH g
OPTIONAL MATCH (g)-[:IN_AREA]->(a:Area)
RETURN g.version AS version, g.lastWriteId AS lastWriteId, g {.*, areaId: a.id} AS current
