// Reports about an area filed on or after a day (UTC), latest first: "new since the last meeting".
MATCH (r:SituationReport)-[:ABOUT]->(a:Area {id: $areaId})
WHERE r.createdAt >= datetime({date: date($since)})
RETURN r {.*, areaId: a.id, placeId: COLLECT { MATCH (r)-[:AT_PLACE]->(p:Place) RETURN p.id }[0]} AS report
ORDER BY r.createdAt DESC, r.id
LIMIT $limit
