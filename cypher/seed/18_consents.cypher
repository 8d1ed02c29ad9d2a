// Consents about people (issue 6), with the agencies each names. A withdrawn one keeps its
// withdrawal (version 2: recording and withdrawing it are two writes).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (c:Consent {id: row.id})
ON CREATE SET
  c.givenBy = row.givenBy,
  c.scope = row.scope,
  c.givenOn = date(row.givenOn),
  c.expiresOn = date(row.expiresOn),
  c.recordedById = row.recordedById,
  c.recordedBy = row.recordedBy,
  c.withdrawnAt = datetime(row.withdrawnAt),
  c.withdrawnBy = row.withdrawnBy,
  c.withdrawalRecordedById = row.withdrawalRecordedById,
  c.withdrawalRecordedBy = row.withdrawalRecordedBy,
  c.version = toInteger(row.version),
  c.createdAt = datetime(),
  c.updatedAt = datetime()
MERGE (c)-[:ABOUT]->(p)
WITH c, row
UNWIND row.agencyIds AS agencyId
MATCH (a:Agency {id: agencyId})
MERGE (c)-[:SHARED_WITH]->(a)
