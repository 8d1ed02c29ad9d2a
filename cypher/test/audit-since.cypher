// Test only: access-log rows written after $since, oldest first.
MATCH (a:AuditEvent)
WHERE a.at > datetime($since)
RETURN a {.*} AS event
ORDER BY a.at, a.id
