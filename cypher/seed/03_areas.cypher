UNWIND $rows AS row
MERGE (a:Area {id: row.id})
ON CREATE SET
  a.name = row.name,
  a.municipality = row.municipality,
  a.version = 1,
  a.createdAt = datetime(),
  a.updatedAt = datetime()
