UNWIND $rows AS row
MATCH (i:Intervention {id: row.interventionId})
MERGE (f:FollowUp {id: row.id})
ON CREATE SET
  f.date = date(row.date),
  f.progress = row.progress,
  f.note = row.note,
  f.version = 1,
  f.createdAt = datetime(),
  f.updatedAt = datetime()
MERGE (i)-[:HAS_FOLLOW_UP]->(f)
