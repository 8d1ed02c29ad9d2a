MATCH (c:Community {id: $id})
OPTIONAL MATCH (c)-[:IN_AREA]->(a:Area)
RETURN c {.*, areaId: a.id} AS community
