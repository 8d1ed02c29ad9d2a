// Reports about an area filed from a day up to another (inclusive, UTC), latest first: "new since
// the last meeting" (up to this meeting's date, for a past one).
MATCH (r:SituationReport)-[:ABOUT]->(a:Area {id: $areaId})
WHERE r.createdAt >= datetime({date: date($since)}) AND r.createdAt < datetime({date: date($until) + duration({days: 1})})
RETURN r {.*, areaId: a.id, placeId: COLLECT { MATCH (r)-[:AT_PLACE]->(p:Place) RETURN p.id }[0]} AS report
ORDER BY r.createdAt DESC, r.id
LIMIT $limit
