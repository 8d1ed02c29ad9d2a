// Situation reports are about places and areas, never about people: no link to any Person.
UNWIND $rows AS row
MATCH (a:Area {id: row.areaId})
MERGE (r:SituationReport {id: row.id})
ON CREATE SET
  r.week = row.week,
  r.level = row.level,
  r.eventTypes = row.eventTypes,
  r.text = row.text,
  r.reporterName = row.reporterName,
  r.organisation = row.organisation,
  r.version = 1,
  r.createdAt = datetime(),
  r.updatedAt = datetime()
MERGE (r)-[:ABOUT]->(a)
