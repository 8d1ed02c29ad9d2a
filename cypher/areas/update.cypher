MATCH (a:Area {id: $id})
SET a += $props, a.version = a.version + 1, a.updatedAt = datetime(), a.lastWriteId = $writeId
RETURN a {.*} AS area
