// Re-checks, inside a transaction that reads or writes personal data, that the request's
// session is still live and its user enabled (the request's user may come from a cache).
MATCH (s:Session {id: $sessionId})-[:OF]->(u:User)
WHERE s.expiresAt > datetime()
  AND s.lastSeenAt > datetime() - duration({minutes: $idleMinutes})
  AND NOT coalesce(u.disabled, false)
RETURN s.id AS id
