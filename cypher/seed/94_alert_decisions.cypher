UNWIND $rows AS row
MATCH (a:ReadinessAlert {id: row.alertId})
MERGE (d:Decision {id: row.id})
ON CREATE SET
  d.text = row.text,
  d.recordedById = row.recordedById,
  d.recordedBy = row.recordedBy,
  d.version = 1,
  d.recordedAt = datetime(row.recordedAt),
  d.createdAt = datetime(),
  d.updatedAt = datetime()
MERGE (a)-[:HAS_DECISION]->(d)
