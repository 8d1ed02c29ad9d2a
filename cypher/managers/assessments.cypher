// Levels only (no notes, no source): what the aggregates count. An assessment shared on a consent
// counts only while that consent is live (withdrawal or expiry takes it out of the statistics too).
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})<-[:OF_PERSON]-(fa:FactorAssessment)-[:OF_FACTOR]->(f:Factor)
WHERE fa.assessedOn <= date($asOf)
  AND (fa.consentId IS NULL OR EXISTS {
    MATCH (c:Consent {id: fa.consentId})
    WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
  })
RETURN p.id AS personId, f.id AS factorId, f.kind AS kind, fa.level AS level, fa.assessedOn AS assessedOn, fa.createdAt AS createdAt
