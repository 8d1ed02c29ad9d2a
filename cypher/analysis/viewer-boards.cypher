// The viewer's own boards among $boardIds (to name the boards an area's people and groups are on).
MATCH (:User {id: $userId})-[:ON_TEAM]->(b:Board)
WHERE b.id IN $boardIds
OPTIONAL MATCH (b)-[:IN_AREA]->(a:Area)
RETURN b {.*, areaId: a.id} AS board
ORDER BY b.id
