// Ties in force on $asOf among the matched people, so an import does not record them twice. A tie
// hidden from the user by its consent does not count (its existence must not show through).
UNWIND $personIds AS id
MATCH (a:Person {id: id})-[t:TIE]->(c:Person)
WHERE c.id IN $personIds
  AND t.validFrom <= date($asOf) AND (t.validTo IS NULL OR t.validTo > date($asOf))
  AND (t.consentId IS NULL OR EXISTS {
    MATCH (cn:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
    WHERE cn.withdrawnAt IS NULL AND (cn.expiresOn IS NULL OR cn.expiresOn > date())
  })
RETURN a.id AS source, c.id AS target, t.type AS type, t.directed AS directed
