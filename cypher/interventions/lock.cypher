// Takes the intervention's write lock before the version is compared (shared/versioned.ts).
// current has get.cypher's projection: an update checks dates and targets against it, and a
// replayed write returns it.
MATCH (b:Board)-[:HAS_INTERVENTION]->(i:Intervention {id: $id})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
SET i.lockedAt = datetime()
REMOVE i.lockedAt
RETURN i.version AS version, i.lastWriteId AS lastWriteId, b.id AS boardId, i {
  .*,
  boardId: b.id,
  targetPersonIds: COLLECT { MATCH (i)-[:TARGETS]->(p:Person) RETURN p.id ORDER BY p.id },
  targetGroupIds: COLLECT { MATCH (i)-[:TARGETS]->(g:Group) RETURN g.id ORDER BY g.id },
  strengthensIds: COLLECT { MATCH (i)-[:STRENGTHENS]->(f:Factor) RETURN f.id ORDER BY f.id },
  reducesIds: COLLECT { MATCH (i)-[:REDUCES]->(f:Factor) RETURN f.id ORDER BY f.id },
  responsibleAgencyId: COLLECT { MATCH (i)-[:RESPONSIBLE_AGENCY]->(a:Agency) RETURN a.id }[0],
  responsibleContactId: COLLECT { MATCH (i)-[:RESPONSIBLE_CONTACT]->(c:AgencyContact) RETURN c.id }[0],
  followUps: COLLECT { MATCH (i)-[:HAS_FOLLOW_UP]->(f:FollowUp) RETURN f {.*} ORDER BY f.date DESC, f.createdAt DESC }
} AS current
