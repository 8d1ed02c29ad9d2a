UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET
  p.kind = row.kind,
  p.alias = row.alias,
  p.name = row.name,
  p.birthYear = toInteger(row.birthYear),
  p.version = 1,
  p.createdAt = datetime(),
  p.updatedAt = datetime()
