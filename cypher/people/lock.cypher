// Takes the write lock before the version is compared, so two edits cannot both pass the check.
MATCH (p:Person {id: $id})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
SET p.lockedAt = datetime()
REMOVE p.lockedAt
RETURN p.version AS version, p.lastWriteId AS lastWriteId, p {.*} AS current
