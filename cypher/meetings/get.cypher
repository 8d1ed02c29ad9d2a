// A meeting is visible through its board's team. Decisions and commitments come along.
MATCH (b:Board)-[:HAS_MEETING]->(m:Meeting {id: $id})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (b)-[:IN_AREA]->(ar:Area)
RETURN m {
  .*,
  boardId: b.id,
  boardTitle: b.title,
  areaId: ar.id,
  previousId: COLLECT { MATCH (b)-[:HAS_MEETING]->(p:Meeting) WHERE p.date < m.date RETURN p.id ORDER BY p.date DESC LIMIT 1 }[0],
  previousDate: COLLECT { MATCH (b)-[:HAS_MEETING]->(p:Meeting) WHERE p.date < m.date RETURN p.date ORDER BY p.date DESC LIMIT 1 }[0],
  decisions: COLLECT { MATCH (m)-[:HAS_DECISION]->(d:Decision) RETURN d {.*} ORDER BY d.recordedAt, d.id }
} AS meeting
