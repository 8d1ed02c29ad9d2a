MATCH (c:AgencyContact {id: $id})-[:AT]->(a:Agency)
RETURN c {.*, agencyId: a.id} AS contact
