UNWIND $rows AS row
MERGE (a:Agency {id: row.id})
ON CREATE SET
  a.name = row.name,
  a.kind = row.kind,
  a.municipality = row.municipality,
  a.version = 1,
  a.createdAt = datetime(),
  a.updatedAt = datetime()
