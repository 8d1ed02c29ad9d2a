// Ending keeps the relationship as history; only validTo is set.
MATCH (p:Person)-[r:PARTICIPATES_IN {id: $id}]->(c:Community)
SET r.validTo = date($validTo), r.version = r.version + 1, r.updatedAt = datetime(), r.lastWriteId = $writeId
RETURN r {.*, personId: p.id, communityId: c.id} AS participation, p {.*} AS person
