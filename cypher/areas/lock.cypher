// Takes the area's write lock before the version is compared (shared/versioned.ts).
MATCH (a:Area {id: $id})
SET a.lockedAt = datetime()
REMOVE a.lockedAt
RETURN a.version AS version, a.lastWriteId AS lastWriteId, a {.*} AS current
