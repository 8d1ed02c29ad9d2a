// Closes or reopens a case board. The close date starts the retention clock of the people on it
// (RETENTION_RULE months-after-case-closed); a reopened board keeps its people's data again.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
SET b.closedAt = CASE WHEN $closed THEN coalesce(b.closedAt, datetime()) ELSE null END,
    b.version = b.version + 1, b.updatedAt = datetime(), b.lastWriteId = $writeId
WITH b
OPTIONAL MATCH (b)-[:IN_AREA]->(area:Area)
RETURN b {.*, areaId: area.id} AS board
