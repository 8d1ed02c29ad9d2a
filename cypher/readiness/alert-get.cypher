// An alert with what its fields need (attendees, decisions, actions) in one read. Alerts are about
// areas, not people: any role with readiness access sees them (the policy's role gate).
MATCH (a:ReadinessAlert {id: $id})-[:FOR_AREA]->(ar:Area)
RETURN a {
  .*,
  areaId: ar.id,
  attendeeIds: COLLECT { MATCH (a)-[:ATTENDED_BY]->(u:User) RETURN u.id ORDER BY u.id },
  decisions: COLLECT { MATCH (a)-[:HAS_DECISION]->(d:Decision) RETURN d {.*} ORDER BY d.recordedAt, d.id },
  actions: COLLECT {
    MATCH (a)-[:HAS_ACTION]->(x:ActionItem)
    RETURN x {.*, agencyId: COLLECT { MATCH (x)-[:BY_AGENCY]->(g:Agency) RETURN g.id }[0],
              interventionId: COLLECT { MATCH (x)-[:CARRIES_OUT]->(i:Intervention) RETURN i.id }[0]}
    ORDER BY x.due, x.recordedAt, x.id
  }
} AS alert
