// $setArea: the input named an area (or null to clear it); an unknown area refuses the whole write.
MATCH (g:Group {id: $id})
OPTIONAL MATCH (area:Area {id: $areaId})
WITH g, area
WHERE NOT $setArea OR $areaId IS NULL OR area IS NOT NULL
SET g += $props, g.version = g.version + 1, g.updatedAt = datetime(), g.lastWriteId = $writeId
WITH g, area
CALL (g, area) {
  WITH g, area WHERE $setArea
  OPTIONAL MATCH (g)-[old:IN_AREA]->()
  DELETE old
  WITH g, area WHERE area IS NOT NULL
  MERGE (g)-[:IN_AREA]->(area)
}
OPTIONAL MATCH (g)-[:IN_AREA]->(current:Area)
RETURN g {.*, areaId: current.id} AS group
