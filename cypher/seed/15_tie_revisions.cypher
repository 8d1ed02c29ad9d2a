// A tie is a relationship, so its history points back to it by tieId rather than by an edge.
UNWIND $rows AS row
MERGE (r:TieRevision {id: row.id})
ON CREATE SET
  r.tieId = row.tieId,
  r.type = row.type,
  r.strength = toInteger(row.strength),
  r.valence = row.valence,
  r.directed = row.directed,
  r.confidence = row.confidence,
  r.note = row.note,
  r.supersededAt = datetime(row.supersededAt),
  r.version = 1,
  r.createdAt = datetime(),
  r.updatedAt = datetime()
