MATCH (c:AreaLevelChange)-[:OF_AREA]->(:Area {id: $areaId})
RETURN c {.*, alertId: COLLECT { MATCH (c)-[:BY_ALERT]->(x:ReadinessAlert) RETURN x.id }[0]} AS change
ORDER BY c.changedAt DESC, c.id
LIMIT $limit
