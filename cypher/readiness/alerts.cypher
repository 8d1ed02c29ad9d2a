// Alerts, open ones first, then the latest; $statuses null means all. Same projection as alert-get.
MATCH (a:ReadinessAlert)-[:FOR_AREA]->(ar:Area)
WHERE ($statuses IS NULL OR a.status IN $statuses) AND ($areaId IS NULL OR ar.id = $areaId)
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
ORDER BY CASE a.status WHEN 'CLOSED' THEN 1 ELSE 0 END, a.raisedAt DESC, a.id
LIMIT $limit
