MATCH (b:Board {id: $id})
OPTIONAL MATCH (area:Area {id: $areaId})
WITH b, area
WHERE NOT $setArea OR $areaId IS NULL OR area IS NOT NULL
SET b += $props, b.version = b.version + 1, b.updatedAt = datetime(), b.lastWriteId = $writeId
WITH b, area
CALL (b, area) {
  WITH b, area WHERE $setArea
  OPTIONAL MATCH (b)-[old:IN_AREA]->()
  DELETE old
  WITH b, area WHERE area IS NOT NULL
  MERGE (b)-[:IN_AREA]->(area)
}
OPTIONAL MATCH (b)-[:IN_AREA]->(current:Area)
RETURN b {.*, areaId: current.id} AS board
