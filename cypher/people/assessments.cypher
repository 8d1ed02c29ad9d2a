// A person's factor assessments the user can see; one shared on a consent only while that consent
// is live and names the user's agency.
MATCH (p:Person {id: $id})<-[:OF_PERSON]-(fa:FactorAssessment)-[:OF_FACTOR]->(f:Factor)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND (fa.consentId IS NULL OR EXISTS {
    MATCH (c:Consent {id: fa.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
    WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
  })
RETURN fa {.*, personId: p.id, factorId: f.id} AS assessment
ORDER BY fa.assessedOn DESC, f.key
