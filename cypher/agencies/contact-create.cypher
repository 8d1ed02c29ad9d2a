// No row: the agency is unknown, and nothing was written.
MATCH (a:Agency {id: $agencyId})
MERGE (c:AgencyContact {id: $id})
ON CREATE SET c.name = $name, c.title = $title, c.phone = $phone, c.email = $email, c.version = 1,
              c.createdAt = datetime(), c.updatedAt = datetime()
MERGE (c)-[:AT]->(a)
RETURN c {.*, agencyId: a.id} AS contact
