// A tie is visible when both its ends are on one board whose team the user is on, and, when it
// was shared on a consent, while that consent is live and names the user's agency.
MATCH (a:Person)-[t:TIE {id: $id}]->(b:Person)
WHERE EXISTS { (a)<-[:INCLUDES]-(brd:Board)-[:INCLUDES]->(b) WHERE (brd)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND (t.consentId IS NULL OR EXISTS {
    MATCH (c:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
    WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
  })
RETURN t {.*, sourceId: a.id, targetId: b.id} AS tie
