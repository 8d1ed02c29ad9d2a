// Past readiness alerts with when they were raised, convened and closed, by whom, and who came.
UNWIND $rows AS row
MATCH (ar:Area {id: row.areaId})
MERGE (a:ReadinessAlert {id: row.id})
ON CREATE SET
  a.level = row.level,
  a.reason = row.reason,
  a.status = row.status,
  a.raisedAt = datetime(row.raisedAt),
  a.deadline = datetime(row.raisedAt) + duration({hours: 24}),
  a.raisedById = row.raisedById,
  a.raisedBy = row.raisedBy,
  a.convenedAt = datetime(row.convenedAt),
  a.convenedById = row.convenedById,
  a.convenedBy = row.convenedBy,
  a.otherAttendees = row.otherAttendees,
  a.convenedNote = row.convenedNote,
  a.closedAt = datetime(row.closedAt),
  a.closedById = row.closedById,
  a.closedBy = row.closedBy,
  a.summary = row.summary,
  a.version = 1,
  a.createdAt = datetime(),
  a.updatedAt = datetime()
MERGE (a)-[:FOR_AREA]->(ar)
WITH a, row
CALL (a, row) {
  MATCH (u:User {id: row.raisedById})
  MERGE (u)-[:RAISED]->(a)
}
CALL (a, row) {
  UNWIND row.attendeeIds AS uid
  MATCH (u:User {id: uid})
  MERGE (a)-[:ATTENDED_BY]->(u)
}
