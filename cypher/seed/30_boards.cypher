// The area is optional; the FOREACH links it only when the row has one.
UNWIND $rows AS row
MERGE (b:Board {id: row.id})
ON CREATE SET
  b.title = row.title,
  b.description = row.description,
  b.version = 1,
  b.createdAt = datetime(),
  b.updatedAt = datetime()
WITH b, row
OPTIONAL MATCH (a:Area {id: row.areaId})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (b)-[:IN_AREA]->(a))
