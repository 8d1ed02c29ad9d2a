// Ties between two people on the board that began, ended or were edited on or after $since, up
// to $today. Edits are TieRevisions superseded from the start of $since (UTC); the earliest one
// holds the values the tie had on $since. Ties never in force (validTo = validFrom) are left out.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b)-[:INCLUDES]->(p1:Person)-[t:TIE]->(p2:Person)<-[:INCLUDES]-(b)
WHERE t.validTo IS NULL OR t.validTo > t.validFrom
WITH t, p1, p2, date($since) AS since, date($today) AS today
WITH t, p1, p2, since,
     t.validFrom >= since AND t.validFrom <= today AS isNew,
     t.validTo IS NOT NULL AND t.validTo >= since AND t.validTo <= today AS isEnded,
     t.validFrom <= today AND (t.validTo IS NULL OR t.validTo > today) AS inForce
CALL (t, since) {
  MATCH (r:TieRevision {tieId: t.id})
  WHERE r.supersededAt >= datetime({date: since})
  WITH r ORDER BY r.supersededAt ASC
  RETURN collect(r {.type, .strength, .valence, .directed, .supersededAt}) AS revisions
}
WITH t, p1, p2, isNew, isEnded, inForce, revisions
WHERE isNew OR isEnded OR (inForce AND size(revisions) > 0)
RETURN t {.*, sourceId: p1.id, targetId: p2.id} AS tie, p1 {.*} AS source, p2 {.*} AS target, isNew, isEnded,
       revisions[0] AS before, size(revisions) AS edits,
       revisions[size(revisions) - 1].supersededAt AS lastChangedAt
ORDER BY tie.id
