// Latest weeks first; within a week, the latest report first.
MATCH (r:SituationReport)-[:ABOUT]->(a:Area {id: $areaId})
RETURN r {.*, areaId: a.id, placeId: COLLECT { MATCH (r)-[:AT_PLACE]->(p:Place) RETURN p.id }[0]} AS report
ORDER BY r.week DESC, r.createdAt DESC, r.id
LIMIT $limit
