// version counts the edits the seed records as TieRevisions (1 + revisions), so history and
// version agree. lastWriteId is left unset: no server write produced these ties.
UNWIND $rows AS row
MATCH (s:Person {id: row.sourceId})
MATCH (o:Person {id: row.targetId})
MERGE (s)-[t:TIE {id: row.id}]->(o)
ON CREATE SET
  t.type = row.type,
  t.strength = toInteger(row.strength),
  t.valence = row.valence,
  t.directed = row.directed,
  t.legalBasis = row.legalBasis,
  t.confidence = row.confidence,
  t.validFrom = date(row.validFrom),
  t.validTo = date(row.validTo),
  t.note = row.note,
  t.sourceAgencyId = row.sourceAgencyId,
  t.consentId = row.consentId,
  t.version = toInteger(row.version),
  t.createdAt = datetime(),
  t.updatedAt = datetime()
