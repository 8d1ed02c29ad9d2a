MATCH (b:Board {id: $id})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (b)-[:IN_AREA]->(area:Area)
RETURN b {.*, areaId: area.id} AS current
