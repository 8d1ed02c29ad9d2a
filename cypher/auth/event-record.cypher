// Login, failed login and logout: recorded like any access, with no person ids.
MERGE (a:AuditEvent {id: $id})
ON CREATE SET a.at = datetime(), a.userId = $userId, a.username = $username, a.role = $role,
              a.agencyId = $agencyId, a.action = $action, a.purpose = $purpose, a.personIds = []
