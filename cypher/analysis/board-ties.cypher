// The ties in force on $asOf between two people on the board, with only what analysis reads
// (plus the legal basis, which decides whether a tie may leave Tavla in an export). One row per
// tie, so a large board streams instead of arriving as one huge record.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b)-[:INCLUDES]->(p1:Person)-[t:TIE]->(p2:Person)
WHERE t.validFrom <= date($asOf) AND (t.validTo IS NULL OR t.validTo > date($asOf))
  AND EXISTS { (p2)<-[:INCLUDES]-(b) }
RETURN t.id AS id, p1.id AS source, p2.id AS target, t.type AS type, t.strength AS strength,
       t.valence AS valence, t.directed AS directed, t.legalBasis AS legalBasis
ORDER BY t.id
