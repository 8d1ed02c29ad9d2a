UNWIND $rows AS row
MATCH (a:Area {id: row.areaId})
MERGE (p:Place {id: row.id})
ON CREATE SET
  p.name = row.name,
  p.kind = row.kind,
  p.version = 1,
  p.createdAt = datetime(),
  p.updatedAt = datetime()
MERGE (p)-[:IN_AREA]->(a)
