MATCH (:User {id: $userId})-[:ON_TEAM]->(b:Board)
WHERE $after IS NULL OR b.id > $after
OPTIONAL MATCH (b)-[:IN_AREA]->(area:Area)
RETURN b {.*, areaId: area.id} AS board
ORDER BY b.id
LIMIT $limit
