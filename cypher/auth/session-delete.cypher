MATCH (s:Session {id: $sessionId})
DETACH DELETE s
