MATCH (c:AgencyContact {id: $id})-[:AT]->(a:Agency)
SET c += $props, c.version = c.version + 1, c.updatedAt = datetime(), c.lastWriteId = $writeId
RETURN c {.*, agencyId: a.id} AS contact
