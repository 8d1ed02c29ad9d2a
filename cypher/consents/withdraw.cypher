// Withdraws a consent. Every query that shows data shared on a consent checks withdrawnAt, so
// what rested on it disappears from every read with this commit.
MATCH (c:Consent {id: $id})-[:ABOUT]->(p:Person)
SET c.withdrawnAt = datetime(), c.withdrawnBy = $withdrawnBy,
    c.withdrawalRecordedById = $userId, c.withdrawalRecordedBy = $userName,
    c.version = c.version + 1, c.updatedAt = datetime(), c.lastWriteId = $writeId
RETURN c {.*, personId: p.id, agencyIds: COLLECT { MATCH (c)-[:SHARED_WITH]->(a:Agency) RETURN a.id ORDER BY a.id }} AS consent
