MATCH (f:Factor {id: $id})
SET f.lockedAt = datetime()
REMOVE f.lockedAt
RETURN f.version AS version, f.lastWriteId AS lastWriteId, f {.*} AS current
