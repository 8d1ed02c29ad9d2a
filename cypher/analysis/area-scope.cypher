// An area and the viewer's boards in it. Boards of other teams are not matched at all.
MATCH (a:Area {id: $areaId})
CALL (a) {
  OPTIONAL MATCH (:User {id: $userId})-[:ON_TEAM]->(b:Board)-[:IN_AREA]->(a)
  RETURN collect(b {.*, areaId: a.id}) AS boards
}
RETURN a {.*} AS area, boards
