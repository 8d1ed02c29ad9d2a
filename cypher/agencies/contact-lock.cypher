MATCH (c:AgencyContact {id: $id})-[:AT]->(a:Agency)
SET c.lockedAt = datetime()
REMOVE c.lockedAt
RETURN c.version AS version, c.lastWriteId AS lastWriteId, c {.*, agencyId: a.id} AS current
