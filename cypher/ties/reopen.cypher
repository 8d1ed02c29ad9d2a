// Takes back an end (the undo of "end tie"): validTo is cleared, so the same tie, with its id and
// its revisions, is in force again. The caller has checked that it was ended (ties/lock).
MATCH (a:Person)-[t:TIE {id: $id}]->(b:Person)
SET t.validTo = null, t.version = t.version + 1, t.updatedAt = datetime(), t.lastWriteId = $writeId
RETURN t {.*, sourceId: a.id, targetId: b.id} AS tie
