// The area is optional; the FOREACH links it only when the row has one.
UNWIND $rows AS row
MERGE (c:Community {id: row.id})
ON CREATE SET
  c.name = row.name,
  c.kind = row.kind,
  c.version = 1,
  c.createdAt = datetime(),
  c.updatedAt = datetime()
WITH c, row
OPTIONAL MATCH (a:Area {id: row.areaId})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (c)-[:IN_AREA]->(a))
