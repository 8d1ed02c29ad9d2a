// No row: the area is unknown, and nothing was written.
MATCH (a:Area {id: $areaId})
MERGE (p:Place {id: $id})
ON CREATE SET p.name = $name, p.kind = $kind, p.version = 1, p.createdAt = datetime(), p.updatedAt = datetime()
MERGE (p)-[:IN_AREA]->(a)
RETURN p {.*, areaId: a.id} AS place
