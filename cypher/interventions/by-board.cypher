// A board's interventions with everything their fields need (ids of targets, factors, agency and
// contact; follow-ups, latest first), so listing them is one read.
MATCH (b:Board {id: $boardId})-[:HAS_INTERVENTION]->(i:Intervention)
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN i {
  .*,
  boardId: b.id,
  // Only targets the user can still see (a person may have left all of the user's boards).
  targetPersonIds: COLLECT {
    MATCH (i)-[:TARGETS]->(p:Person)
    WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
    RETURN p.id ORDER BY p.id
  },
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
} AS intervention
ORDER BY i.level, i.title
