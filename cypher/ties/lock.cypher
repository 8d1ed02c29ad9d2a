// A tie hidden by its consent (withdrawn, expired, not for the user's agency) cannot be edited either.
MATCH (a:Person)-[t:TIE {id: $id}]->(b:Person)
WHERE EXISTS { (a)<-[:INCLUDES]-(brd:Board)-[:INCLUDES]->(b) WHERE (brd)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND (t.consentId IS NULL OR EXISTS {
    MATCH (c:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
    WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
  })
SET t.lockedAt = datetime()
REMOVE t.lockedAt
RETURN t.version AS version, t.lastWriteId AS lastWriteId, toString(t.validFrom) AS validFrom,
       t {.*, sourceId: a.id, targetId: b.id} AS current
