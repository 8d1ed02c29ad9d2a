MATCH (a:Person)-[t:TIE {id: $id}]->(b:Person)
SET t.validTo = date($validTo), t.version = t.version + 1, t.updatedAt = datetime(), t.lastWriteId = $writeId
RETURN t {.*, sourceId: a.id, targetId: b.id} AS tie
