// Ties between two people on the board that began, ended or were edited on or after $since, up
// to $until (inclusive). Edits are TieRevisions superseded from the start of $since to the end of
// $until (UTC); the earliest one holds the values the tie had on $since. The earliest revision
// superseded after $until (`after`) holds the values the tie had on $until, when it was edited
// since. Ties never in force (validTo = validFrom) are left out.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b)-[:INCLUDES]->(p1:Person)-[t:TIE]->(p2:Person)<-[:INCLUDES]-(b)
WHERE (t.validTo IS NULL OR t.validTo > t.validFrom)
  // A tie shared on a consent only while that consent is live and names the user's agency.
  AND (t.consentId IS NULL OR EXISTS {
    MATCH (c:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
    WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
  })
WITH t, p1, p2, date($since) AS since, date($until) AS until
WITH t, p1, p2, since, until,
     t.validFrom >= since AND t.validFrom <= until AS isNew,
     t.validTo IS NOT NULL AND t.validTo >= since AND t.validTo <= until AS isEnded,
     t.validFrom <= until AND (t.validTo IS NULL OR t.validTo > until) AS inForce
CALL (t, since, until) {
  MATCH (r:TieRevision {tieId: t.id})
  WHERE r.supersededAt >= datetime({date: since}) AND r.supersededAt < datetime({date: until + duration({days: 1})})
  WITH r ORDER BY r.supersededAt ASC
  RETURN collect(r {.type, .strength, .valence, .directed, .supersededAt}) AS revisions
}
CALL (t, until) {
  MATCH (r:TieRevision {tieId: t.id})
  WHERE r.supersededAt >= datetime({date: until + duration({days: 1})})
  WITH r ORDER BY r.supersededAt ASC
  RETURN collect(r {.type, .strength, .valence, .directed, .confidence})[0] AS after
}
WITH t, p1, p2, isNew, isEnded, inForce, revisions, after
WHERE isNew OR isEnded OR (inForce AND size(revisions) > 0)
RETURN t {.*, sourceId: p1.id, targetId: p2.id} AS tie, p1 {.*} AS source, p2 {.*} AS target, isNew, isEnded,
       revisions[0] AS before, size(revisions) AS edits,
       revisions[size(revisions) - 1].supersededAt AS lastChangedAt, after
ORDER BY tie.id
