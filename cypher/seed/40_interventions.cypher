// The responsible contact is optional; the FOREACH links it only when the row has one.
UNWIND $rows AS row
MATCH (b:Board {id: row.boardId})
MATCH (ag:Agency {id: row.responsibleAgencyId})
MERGE (i:Intervention {id: row.id})
ON CREATE SET
  i.title = row.title,
  i.description = row.description,
  i.level = row.level,
  i.status = row.status,
  i.startDate = date(row.startDate),
  i.endDate = date(row.endDate),
  i.costAmount = toFloat(row.costAmount),
  i.costUnit = row.costUnit,
  i.costCurrency = row.costCurrency,
  i.nextFollowUp = date(row.nextFollowUp),
  i.version = 1,
  i.createdAt = datetime(),
  i.updatedAt = datetime()
MERGE (b)-[:HAS_INTERVENTION]->(i)
MERGE (i)-[:RESPONSIBLE_AGENCY]->(ag)
WITH i, row
OPTIONAL MATCH (c:AgencyContact {id: row.responsibleContactId})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (i)-[:RESPONSIBLE_CONTACT]->(c))
