MATCH (s:Session {id: $sessionId})
SET s.lastSeenAt = datetime()
