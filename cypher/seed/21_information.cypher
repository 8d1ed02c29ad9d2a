// Information shared about people (issue 6): internal notes, §115 information, information shared
// on consent or under another statute.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (i:SharedInformation {id: row.id})
ON CREATE SET
  i.class = row.class,
  i.text = row.text,
  i.sourceAgencyId = row.sourceAgencyId,
  i.legalBasis = row.legalBasis,
  i.consentId = row.consentId,
  i.statuteCode = row.statuteCode,
  i.purposeRestriction = row.purposeRestriction,
  i.recordedById = row.recordedById,
  i.recordedBy = row.recordedBy,
  i.version = 1,
  i.sharedOn = date(row.sharedOn),
  i.createdAt = datetime(),
  i.updatedAt = datetime()
MERGE (i)-[:ABOUT]->(p)
