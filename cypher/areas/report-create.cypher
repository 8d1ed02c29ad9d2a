// A situation report is about an area, never about people: it links to no Person. No row: the
// area is unknown, and nothing was written.
MATCH (a:Area {id: $areaId})
MERGE (r:SituationReport {id: $id})
ON CREATE SET r.week = $week, r.level = $level, r.eventTypes = $eventTypes, r.text = $text,
              r.reporterName = $reporterName, r.organisation = $organisation, r.version = 1,
              r.createdAt = datetime(), r.updatedAt = datetime()
MERGE (r)-[:ABOUT]->(a)
RETURN r {.*, areaId: a.id} AS report
