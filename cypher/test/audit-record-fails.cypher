// Test only: the access-log write failing in the database, as a full disk, a lost leader or a
// broken constraint would make it fail (tests/int/audit-completeness.int.test.ts): the row of
// audit/record.cypher, then a runtime error (a division by zero) in the same statement.
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
RETURN 1 / size([x IN $personIds WHERE x IS NULL]) AS failed
