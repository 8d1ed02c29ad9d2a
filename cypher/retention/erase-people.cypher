// Erases people and everything about them: their ties (and the ties' revision history), their
// board places, memberships, participations, contacts' responsibility for them, intervention
// targets, and every record that hangs off them alone (factor assessments, and whatever later
// per-person record: consents, notes). Shared things stay: boards, groups, communities,
// interventions, agencies and their contacts, factors, other people, and the access log (which
// holds ids, never data, and is append-only). A node attached to the person is theirs unless it
// has one of the shared labels below or is attached to another person too.
// Returns counts only: the caller logs them, and a log line never holds personal data.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[t:TIE]-(:Person)
  WITH collect(DISTINCT t.id) AS tieIds
  OPTIONAL MATCH (r:TieRevision) WHERE r.tieId IN tieIds
  WITH tieIds, collect(r) AS revisions
  FOREACH (r IN revisions | DETACH DELETE r)
  RETURN size(tieIds) AS ties, size(revisions) AS revisions
}
CALL (p) {
  OPTIONAL MATCH (p)-[x]-(n)
  WHERE NOT n:Person AND NOT (n:Board OR n:Group OR n:Community OR n:Intervention OR n:Agency OR n:AgencyContact
    OR n:Area OR n:Place OR n:Factor OR n:User OR n:AuditEvent OR n:FollowUp OR n:Meeting OR n:ReadinessAlert
    OR n:SituationReport OR n:Commitment OR n:Decision OR n:ActionItem)
    AND NOT EXISTS { (n)--(other:Person) WHERE other <> p }
  WITH collect(DISTINCT n) AS records
  FOREACH (n IN records | DETACH DELETE n)
  RETURN size(records) AS records
}
CALL (p) {
  OPTIONAL MATCH (p)-[l]-()
  WHERE type(l) <> 'TIE'
  RETURN count(l) AS links
}
DETACH DELETE p
RETURN count(p) AS people, sum(ties) AS ties, sum(revisions) AS revisions, sum(records) AS records, sum(links) AS links
