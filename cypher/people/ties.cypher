// A person's ties in force on $asOf, to people the user can also see; one shared on a consent only
// while that consent is live and names the user's agency.
MATCH (p:Person {id: $id})-[t:TIE]-(o:Person)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND EXISTS { (o)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND t.validFrom <= date($asOf) AND (t.validTo IS NULL OR t.validTo > date($asOf))
  AND (t.consentId IS NULL OR EXISTS {
    MATCH (c:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
    WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
  })
RETURN t {.*, sourceId: startNode(t).id, targetId: endNode(t).id} AS tie
ORDER BY t.id
