// The reports this user filed, and nothing else: all an outside reporter ever sees of reports.
MATCH (r:SituationReport)-[:FILED_BY]->(:User {id: $userId})
MATCH (r)-[:ABOUT]->(a:Area)
RETURN r {.*, areaId: a.id, placeId: COLLECT { MATCH (r)-[:AT_PLACE]->(p:Place) RETURN p.id }[0]} AS report
ORDER BY r.createdAt DESC, r.id
LIMIT $limit
