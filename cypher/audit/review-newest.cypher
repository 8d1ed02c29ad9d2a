// The access log for the auditor's reviews, newest first: every filter given must hold. The
// cursor is the last row's (at, id), with `at` as Neo4j's full-precision string (the API's
// DateTime has only milliseconds, and several events can fall in one millisecond).
// review-oldest.cypher is the same in the other order (Cypher cannot take a sort direction as a
// parameter); audit-review.int.test.ts checks the two agree.
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
  AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
RETURN a {.*} AS event, toString(a.at) AS atKey
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
