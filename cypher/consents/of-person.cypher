// The consents about a person on one of the user's boards, newest first (withdrawn and expired too).
MATCH (p:Person {id: $id})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (c:Consent)-[:ABOUT]->(p)
RETURN c {.*, personId: p.id, agencyIds: COLLECT { MATCH (c)-[:SHARED_WITH]->(a:Agency) RETURN a.id ORDER BY a.id }} AS consent
ORDER BY c.givenOn DESC, c.createdAt DESC
