// MATCH first: a contact whose agency is missing is not created half-linked.
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId})
MERGE (c:AgencyContact {id: row.id})
ON CREATE SET
  c.name = row.name,
  c.title = row.title,
  c.phone = row.phone,
  c.email = row.email,
  c.version = 1,
  c.createdAt = datetime(),
  c.updatedAt = datetime()
MERGE (c)-[:AT]->(a)
