// Records that the team convened: when, who recorded it, who attended. Runs after alert-lock found
// the alert RAISED; attendees that are not staff accounts are dropped by the MATCH.
MATCH (a:ReadinessAlert {id: $id})
MATCH (u:User {id: $userId})
SET a.status = 'CONVENED', a.convenedAt = CASE WHEN $convenedAt IS NULL THEN datetime() ELSE datetime($convenedAt) END, a.convenedBy = u.displayName,
    a.convenedById = u.id, a.otherAttendees = $otherAttendees, a.convenedNote = $note,
    a.version = a.version + 1, a.updatedAt = datetime(), a.lastWriteId = $writeId
WITH a
CALL (a) {
  UNWIND $attendeeIds AS uid
  MATCH (m:User {id: uid})
  WHERE m.role <> 'REPORTER'
  MERGE (a)-[:ATTENDED_BY]->(m)
}
RETURN a.id AS id
