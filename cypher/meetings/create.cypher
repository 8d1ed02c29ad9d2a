// One meeting per board and date. No row: the board is not one whose team the user is on.
// created is false when the board already had a meeting that day (and nothing was written).
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (b)-[:HAS_MEETING]->(same:Meeting {date: date($date)})
WITH b, same
CALL (b, same) {
  WITH b, same WHERE same IS NULL
  CREATE (m:Meeting {id: $id, date: date($date), version: 1, createdAt: datetime(), updatedAt: datetime()})
  CREATE (b)-[:HAS_MEETING]->(m)
}
RETURN same IS NULL OR same.id = $id AS created
