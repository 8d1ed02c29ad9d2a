// Boards and groups in an area: the ones the user may see (boards whose team they are on, groups on
// such a board) in full, the others only counted.
MATCH (a:Area {id: $areaId})
CALL (a) {
  OPTIONAL MATCH (b:Board)-[:IN_AREA]->(a)
  WITH b, b IS NOT NULL AND EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) } AS mine
  RETURN collect(CASE WHEN mine THEN b {.*} END) AS boards,
         count(CASE WHEN b IS NOT NULL AND NOT mine THEN 1 END) AS otherBoards
}
CALL (a) {
  OPTIONAL MATCH (g:Group)-[:IN_AREA]->(a)
  WITH g, g IS NOT NULL AND EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) } AS mine
  RETURN collect(CASE WHEN mine THEN g {.*} END) AS groups,
         count(CASE WHEN g IS NOT NULL AND NOT mine THEN 1 END) AS otherGroups
}
RETURN [x IN boards | x {.*, areaId: a.id}] AS boards, otherBoards,
       [x IN groups | x {.*, areaId: a.id}] AS groups, otherGroups
