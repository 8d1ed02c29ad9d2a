// Takes the agency's write lock before the version is compared (shared/versioned.ts).
MATCH (a:Agency {id: $id})
SET a.lockedAt = datetime()
REMOVE a.lockedAt
RETURN a.version AS version, a.lastWriteId AS lastWriteId, a {.*} AS current
