// Every assessment on or before $to of the given people that the user can see (each person on
// one of the user's boards), with its factor's kind: what level helpers (assessments/levels.ts) need.
// One shared on a consent only while that consent is live and names the user's agency; the legal
// basis and source agency decide what the role may see (consents/basis.ts).
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})<-[:OF_PERSON]-(fa:FactorAssessment)-[:OF_FACTOR]->(f:Factor)
WHERE fa.assessedOn <= date($to)
  AND EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND (fa.consentId IS NULL OR EXISTS {
    MATCH (c:Consent {id: fa.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
    WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
  })
RETURN p.id AS personId, f.id AS factorId, f.kind AS kind, fa.level AS level, fa.assessedOn AS assessedOn, fa.createdAt AS createdAt,
       fa.legalBasis AS legalBasis, fa.consentId AS consentId, fa.sourceAgencyId AS sourceAgencyId
