// The area is optional; the FOREACH links it only when the row has one.
UNWIND $rows AS row
MERGE (g:Group {id: row.id})
ON CREATE SET
  g.name = row.name,
  g.description = row.description,
  g.version = 1,
  g.createdAt = datetime(),
  g.updatedAt = datetime()
WITH g, row
OPTIONAL MATCH (a:Area {id: row.areaId})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (g)-[:IN_AREA]->(a))
