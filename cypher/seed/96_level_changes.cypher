// An area's level history: who changed it, when, why, and the alert that did (if one did).
UNWIND $rows AS row
MATCH (a:Area {id: row.areaId})
MERGE (c:AreaLevelChange {id: row.id})
ON CREATE SET
  c.level = row.level,
  c.previous = row.previous,
  c.reason = row.reason,
  c.changedAt = datetime(row.changedAt),
  c.changedById = row.changedById,
  c.changedBy = row.changedBy,
  c.version = 1,
  c.createdAt = datetime(),
  c.updatedAt = datetime()
MERGE (c)-[:OF_AREA]->(a)
WITH c, row
CALL (c, row) {
  MATCH (x:ReadinessAlert {id: row.alertId})
  MERGE (c)-[:BY_ALERT]->(x)
}
