// Communities (clubs, sports, associations) are shared reference data, not board-scoped.
MATCH (c:Community)
OPTIONAL MATCH (c)-[:IN_AREA]->(a:Area)
RETURN c {.*, areaId: a.id} AS community
ORDER BY c.name, c.id
