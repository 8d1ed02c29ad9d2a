// The ties a picture of the board can draw, read as the board and its "what changed" read them:
// in force on $asOf between two people on the board, and, when changes since $changesSince are
// shown, those ended from then up to $today (drawn as ended). A tie on a consent only while the
// consent is live and names the user's agency. No row: the board is missing or not the user's.
// Each tie with what the picture's filter and its legal-basis check need (exports/police115.ts).
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
CALL (b) {
  MATCH (b)-[:INCLUDES]->(p1:Person)-[t:TIE]->(p2:Person)
  WHERE EXISTS { (p2)<-[:INCLUDES]-(b) }
    AND (t.validTo IS NULL OR t.validTo > t.validFrom)
    AND (t.consentId IS NULL OR EXISTS {
      MATCH (c:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
      WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
    })
  WITH t, p1, p2,
       t.validFrom <= date($asOf) AND (t.validTo IS NULL OR t.validTo > date($asOf)) AS inForce,
       $changesSince IS NOT NULL AND t.validTo IS NOT NULL
         AND t.validTo >= date($changesSince) AND t.validTo <= date($today) AS ended
  WHERE inForce OR ended
  OPTIONAL MATCH (src:Agency {id: t.sourceAgencyId})
  RETURN collect({
    id: t.id, sourceId: p1.id, targetId: p2.id, type: t.type, strength: t.strength, valence: t.valence,
    legalBasis: t.legalBasis, consentId: t.consentId, sourceAgencyId: t.sourceAgencyId,
    fromPolice: coalesce(src.kind = 'POLICE', false), inForce: inForce, ended: ended
  }) AS ties
}
RETURN EXISTS { (b)-[:INCLUDES]->(:Person {id: $focusPersonId}) } AS focusOnBoard, ties
