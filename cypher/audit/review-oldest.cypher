// The access log for the auditor's reviews, oldest first (see review-newest.cypher).
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
  AND ($afterAt IS NULL OR a.at > datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id > $afterId))
RETURN a {.*} AS event, toString(a.at) AS atKey
ORDER BY a.at, a.id
LIMIT $limit
