// Ties from an import, between people on the board only (both ends checked).
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
UNWIND $rows AS row
MATCH (b)-[:INCLUDES]->(s:Person {id: row.sourceId})
MATCH (b)-[:INCLUDES]->(o:Person {id: row.targetId})
MERGE (s)-[t:TIE {id: row.id}]->(o)
ON CREATE SET t.type = row.type, t.strength = row.strength, t.valence = row.valence, t.directed = row.directed,
              t.sourceAgencyId = $sourceAgencyId, t.legalBasis = $legalBasis, t.statuteCode = $statuteCode, t.confidence = 'MEDIUM', t.note = null,
              t.validFrom = date($validFrom), t.version = 1, t.createdAt = datetime(), t.updatedAt = datetime()
RETURN count(t) AS created
