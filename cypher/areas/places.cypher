MATCH (p:Place)-[:IN_AREA]->(a:Area {id: $areaId})
RETURN p {.*, areaId: a.id} AS place
ORDER BY p.name, p.id
