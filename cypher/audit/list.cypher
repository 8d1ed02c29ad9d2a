// Newest first. The cursor is the last row's (at, id), with `at` as Neo4j's full-precision string:
// the API's DateTime has only milliseconds, and several events can fall in one millisecond.
MATCH (a:AuditEvent)
WHERE ($personId IS NULL OR $personId IN a.personIds)
  AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
RETURN a {.*} AS event, toString(a.at) AS atKey
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
