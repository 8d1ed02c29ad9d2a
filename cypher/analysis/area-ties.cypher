// Ties in force on $asOf between the area's people that one of the viewer's boards holds (both
// ends on it): exactly the ties the viewer sees on their boards, none that only another team's
// board holds, none hidden by its consent (withdrawn, expired, not for the viewer's agency).
UNWIND $personIds AS id
MATCH (p1:Person {id: id})-[t:TIE]->(p2:Person)
WHERE p2.id IN $personIds
  AND t.validFrom <= date($asOf) AND (t.validTo IS NULL OR t.validTo > date($asOf))
  AND EXISTS { (p1)<-[:INCLUDES]-(b:Board)-[:INCLUDES]->(p2) WHERE (b)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND (t.consentId IS NULL OR EXISTS {
    MATCH (c:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
    WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
  })
RETURN t.id AS id, p1.id AS source, p2.id AS target, t.type AS type, t.strength AS strength,
       t.valence AS valence, t.directed AS directed, t.legalBasis AS legalBasis,
       t.consentId AS consentId, t.sourceAgencyId AS sourceAgencyId
ORDER BY t.id
