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
  targetAreaIds: COLLECT { MATCH (i)-[:TARGETS]->(a:Area) RETURN a.id ORDER BY a.id },
  involvedAgencyIds: COLLECT { MATCH (i)-[:INVOLVES]->(a:Agency) RETURN a.id ORDER BY a.id },
  commitments: COLLECT {
    MATCH (i)-[:HAS_COMMITMENT]->(c:Commitment)
    RETURN c {
      .*,
      interventionId: i.id,
      assigneeContactId: COLLECT { MATCH (c)-[:ASSIGNED_TO]->(x:AgencyContact) RETURN x.id }[0],
      assigneeUser: COLLECT {
        MATCH (c)-[:ASSIGNED_TO]->(u:User)
        OPTIONAL MATCH (u)-[:WORKS_AT]->(ua:Agency)
        RETURN u {.id, .username, .displayName, .role, agencyId: ua.id}
      }[0]
    } ORDER BY c.dueDate, c.createdAt
  },
  // Observed levels only of people the user can still see, as for targets.
  followUps: COLLECT {
    MATCH (i)-[:HAS_FOLLOW_UP]->(f:FollowUp)
    RETURN f {
      .*,
      observations: COLLECT {
        MATCH (f)-[:OBSERVED]->(fa:FactorAssessment)-[:OF_PERSON]->(p:Person)
        WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
        MATCH (fa)-[:OF_FACTOR]->(fac:Factor)
        RETURN fa {.*, personId: p.id, factorId: fac.id} ORDER BY p.id, fac.key
      }
    } ORDER BY f.date DESC, f.createdAt DESC
  }
} AS current
