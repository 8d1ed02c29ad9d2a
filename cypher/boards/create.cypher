MATCH (u:User {id: $userId})
OPTIONAL MATCH (area:Area {id: $areaId})
WITH u, area
WHERE $areaId IS NULL OR area IS NOT NULL
MERGE (b:Board {id: $id})
ON CREATE SET b.title = $title, b.description = $description, b.version = 1,
              b.createdAt = datetime(), b.updatedAt = datetime()
MERGE (u)-[team:ON_TEAM]->(b)
ON CREATE SET team.since = datetime()
FOREACH (_ IN CASE WHEN area IS NULL THEN [] ELSE [1] END | MERGE (b)-[:IN_AREA]->(area))
RETURN b {.*, areaId: area.id} AS board
