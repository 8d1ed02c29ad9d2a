// No row: the area is unknown, and nothing was written.
OPTIONAL MATCH (area:Area {id: $areaId})
WITH area
WHERE $areaId IS NULL OR area IS NOT NULL
MERGE (c:Community {id: $id})
ON CREATE SET c.name = $name, c.kind = $kind, c.version = 1, c.createdAt = datetime(), c.updatedAt = datetime()
FOREACH (_ IN CASE WHEN area IS NULL THEN [] ELSE [1] END | MERGE (c)-[:IN_AREA]->(area))
RETURN c {.*, areaId: area.id} AS community
