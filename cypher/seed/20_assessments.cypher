UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (f:Factor {id: row.factorId})
MERGE (a:FactorAssessment {id: row.id})
ON CREATE SET
  a.level = toInteger(row.level),
  a.assessedOn = date(row.assessedOn),
  a.sourceAgencyId = row.sourceAgencyId,
  a.legalBasis = row.legalBasis,
  a.note = row.note,
  a.consentId = row.consentId,
  a.version = 1,
  a.createdAt = datetime(),
  a.updatedAt = datetime()
MERGE (a)-[:OF_PERSON]->(p)
MERGE (a)-[:OF_FACTOR]->(f)
