// A session is live while not past its absolute expiry and used within the idle window, and
// only while its user is enabled.
MATCH (s:Session {id: $sessionId})-[:OF]->(u:User)
WHERE s.expiresAt > datetime()
  AND s.lastSeenAt > datetime() - duration({minutes: $idleMinutes})
  AND NOT coalesce(u.disabled, false)
OPTIONAL MATCH (u)-[:WORKS_AT]->(a:Agency)
RETURN u.id AS id, u.username AS username, u.displayName AS displayName, u.role AS role,
       a.id AS agencyId, coalesce(u.demo, false) AS demo,
       coalesce(s.secondFactor, false) AS secondFactor, u.totpSecret IS NOT NULL AS totpEnabled,
       duration.inSeconds(s.lastSeenAt, datetime()).seconds AS idleSeconds
