// A group is created on a board (INCLUDES_GROUP), so it is reachable from the start. No row: the
// board is missing or not the user's; areaOk false: the area is unknown and nothing was written.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (area:Area {id: $areaId})
WITH b, area, ($areaId IS NULL OR area IS NOT NULL) AS areaOk
OPTIONAL CALL (b, area, areaOk) {
  WITH b, area, areaOk
  WHERE areaOk
  MERGE (g:Group {id: $id})
  ON CREATE SET g.name = $name, g.description = $description, g.version = 1,
                g.createdAt = datetime(), g.updatedAt = datetime()
  MERGE (b)-[ig:INCLUDES_GROUP]->(g)
  ON CREATE SET ig.addedAt = datetime()
  FOREACH (_ IN CASE WHEN area IS NULL THEN [] ELSE [1] END | MERGE (g)-[:IN_AREA]->(area))
  RETURN g {.*, areaId: area.id} AS group
}
RETURN areaOk, group
