// Takes the group's write lock before the version is compared (shared/versioned.ts).
MATCH (g:Group {id: $id})
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
SET g.lockedAt = datetime()
REMOVE g.lockedAt
WITH g
OPTIONAL MATCH (g)-[:IN_AREA]->(a:Area)
RETURN g.version AS version, g.lastWriteId AS lastWriteId, g {.*, areaId: a.id} AS current
