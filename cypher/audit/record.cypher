// Append-only: MERGE on an id generated before the transaction, so a retried transaction
// records the access once. No query in Tavla updates or deletes an AuditEvent.
MERGE (a:AuditEvent {id: $id})
ON CREATE SET
  a.at = datetime(),
  a.userId = $userId,
  a.username = $username,
  a.role = $role,
  a.agencyId = $agencyId,
  a.action = $action,
  a.purpose = $purpose,
  a.personIds = $personIds
