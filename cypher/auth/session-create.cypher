// $secondFactor: whether this login proved a second factor (a role that requires one can do
// nothing else until it has).
MATCH (u:User {id: $userId})
MERGE (s:Session {id: $sessionId})
ON CREATE SET s.createdAt = datetime(), s.lastSeenAt = datetime(),
              s.expiresAt = datetime() + duration({hours: $absoluteHours}),
              s.secondFactor = $secondFactor
MERGE (s)-[:OF]->(u)
