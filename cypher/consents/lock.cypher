// Takes the consent's write lock before the version is compared (shared/versioned.ts). Only
// through a person on one of the user's boards: any other consent does not exist for them.
MATCH (c:Consent {id: $id})-[:ABOUT]->(p:Person)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
SET c.lockedAt = datetime()
REMOVE c.lockedAt
RETURN c.version AS version, c.lastWriteId AS lastWriteId, p.id AS personId,
       c {.*, personId: p.id, agencyIds: COLLECT { MATCH (c)-[:SHARED_WITH]->(a:Agency) RETURN a.id ORDER BY a.id }} AS current
