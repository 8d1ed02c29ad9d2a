// The rows at the drawn positions (0-based) of the matching rows in time order, oldest first.
// Only ids are collected, not whole rows.
MATCH (a:AuditEvent)
WHERE ($from IS NULL OR a.at >= datetime($from))
  AND ($to IS NULL OR a.at < datetime($to))
  AND ($username IS NULL OR a.username = $username)
  AND ($role IS NULL OR a.role = $role)
  AND ($agencyId IS NULL OR a.agencyId = $agencyId)
  AND ($action IS NULL OR a.action = $action)
  AND ($purpose IS NULL OR a.purpose STARTS WITH $purpose)
  AND ($personId IS NULL OR $personId IN a.personIds)
  AND (NOT $personalOnly OR size(a.personIds) > 0)
WITH a ORDER BY a.at, a.id
WITH collect(a.id) AS ids
UNWIND $indices AS i
WITH ids[i] AS id
WHERE id IS NOT NULL
MATCH (e:AuditEvent {id: id})
RETURN e {.*} AS event, toString(e.at) AS atKey
ORDER BY e.at, e.id
