// A situation report is about an area (and maybe a place in it), never about people: it links to no
// Person. It links to the user who filed it, so an outside reporter can read back their own.
// No row: the area is unknown, and nothing was written (areas/report-refs.cypher ran first).
MATCH (a:Area {id: $areaId})
MATCH (u:User {id: $userId})
MERGE (r:SituationReport {id: $id})
ON CREATE SET r.week = $week, r.level = $level, r.eventTypes = $eventTypes, r.text = $text,
              r.reporterName = $reporterName, r.organisation = $organisation, r.version = 1,
              r.createdAt = datetime(), r.updatedAt = datetime()
MERGE (r)-[:ABOUT]->(a)
MERGE (r)-[:FILED_BY]->(u)
WITH r, a
CALL (r, a) {
  MATCH (p:Place {id: $placeId})-[:IN_AREA]->(a)
  MERGE (r)-[:AT_PLACE]->(p)
}
RETURN r {.*, areaId: a.id, placeId: $placeId} AS report
