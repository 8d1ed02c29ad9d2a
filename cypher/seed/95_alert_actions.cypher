UNWIND $rows AS row
MATCH (a:ReadinessAlert {id: row.alertId})
MERGE (x:ActionItem {id: row.id})
ON CREATE SET
  x.what = row.what,
  x.who = row.who,
  x.due = date(row.due),
  x.done = row.done,
  x.doneAt = datetime(row.doneAt),
  x.recordedById = row.recordedById,
  x.recordedBy = row.recordedBy,
  x.version = 1,
  x.recordedAt = datetime(row.recordedAt),
  x.createdAt = datetime(),
  x.updatedAt = datetime()
MERGE (a)-[:HAS_ACTION]->(x)
WITH x, row
CALL (x, row) {
  MATCH (g:Agency {id: row.agencyId})
  MERGE (x)-[:BY_AGENCY]->(g)
}
