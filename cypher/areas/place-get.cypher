MATCH (p:Place {id: $id})-[:IN_AREA]->(a:Area)
RETURN p {.*, areaId: a.id} AS place
