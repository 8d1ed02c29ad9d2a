MATCH (b:Board {id: $id})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
SET b.lockedAt = datetime()
REMOVE b.lockedAt
RETURN b.version AS version, b.lastWriteId AS lastWriteId, b {.*} AS current
