MATCH (c:AgencyContact)-[:AT]->(a:Agency {id: $agencyId})
RETURN c {.*, agencyId: a.id} AS contact
ORDER BY c.name, c.id
