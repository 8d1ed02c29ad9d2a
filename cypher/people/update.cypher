MATCH (p:Person {id: $id})
SET p += $props, p.version = p.version + 1, p.updatedAt = datetime(), p.lastWriteId = $writeId
RETURN p {.*} AS person
