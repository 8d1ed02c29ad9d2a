// How many access-log rows match the filter: the population a sample is drawn from.
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
RETURN count(a) AS population
