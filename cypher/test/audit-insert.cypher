// Test only: access-log rows with chosen instants (e.g. several in one millisecond), to test the
// log's paging. Tests give them a person id of their own, so no other test sees them.
UNWIND $rows AS row
CREATE (a:AuditEvent {
  id: row.id, at: datetime(row.at), userId: row.userId, username: row.username, role: row.role,
  agencyId: row.agencyId, action: row.action, purpose: row.purpose, personIds: row.personIds
})
