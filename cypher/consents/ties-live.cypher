// How many of these ties (each shared on a consent) the user may still see: the consent live and
// naming the user's agency. A held analysis result built from a tie since hidden is not shown.
UNWIND $tieIds AS id
MATCH ()-[t:TIE {id: id}]->()
WHERE t.consentId IS NULL OR EXISTS {
  MATCH (c:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
  WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
}
RETURN count(t) AS live
