// The ties in force on $asOf between two people on the board, with only what analysis reads
// (plus the legal basis, consent and source agency, which decide who may see it and whether it may
// leave Tavla in an export); a tie
// shared on a consent only while that consent is live and names the user's agency. One row per
// source person with their ties as lists ([id, target, type, strength, valence, directed,
// legalBasis, consentId, sourceAgencyId]): a fifth of the records of one row per tie, and no sort of every tie; the order
// (people by id, each one's ties by id) is stable, so equal boards hash equally.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b)-[:INCLUDES]->(p1:Person)
CALL (b, p1) {
  MATCH (p1)-[t:TIE]->(p2:Person)
  WHERE t.validFrom <= date($asOf) AND (t.validTo IS NULL OR t.validTo > date($asOf))
    AND EXISTS { (p2)<-[:INCLUDES]-(b) }
    AND (t.consentId IS NULL OR EXISTS {
      MATCH (c:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
      WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
    })
  WITH t, p2
  ORDER BY t.id
  RETURN collect([t.id, p2.id, t.type, t.strength, t.valence, t.directed, t.legalBasis, t.consentId, t.sourceAgencyId]) AS ties
}
WITH p1, ties
WHERE size(ties) > 0
RETURN p1.id AS source, ties
ORDER BY source
