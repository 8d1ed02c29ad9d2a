// The latest reports over all areas (by when they were filed).
MATCH (r:SituationReport)-[:ABOUT]->(a:Area)
RETURN r {.*, areaId: a.id, placeId: COLLECT { MATCH (r)-[:AT_PLACE]->(p:Place) RETURN p.id }[0]} AS report
ORDER BY r.createdAt DESC, r.id
LIMIT $limit
