// Keeps the previous values as a TieRevision, so "what changed since last meeting" can be shown.
MATCH (a:Person)-[t:TIE {id: $id}]->(b:Person)
MERGE (r:TieRevision {id: $revisionId})
ON CREATE SET r.tieId = t.id, r.type = t.type, r.strength = t.strength, r.valence = t.valence,
              r.directed = t.directed, r.confidence = t.confidence, r.version = t.version,
              r.supersededAt = datetime()
SET t += $props, t.version = t.version + 1, t.updatedAt = datetime(), t.lastWriteId = $writeId
RETURN t {.*, sourceId: a.id, targetId: b.id} AS tie
