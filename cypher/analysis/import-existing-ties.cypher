// Ties in force on $asOf among the matched people, so an import does not record them twice.
UNWIND $personIds AS id
MATCH (a:Person {id: id})-[t:TIE]->(c:Person)
WHERE c.id IN $personIds
  AND t.validFrom <= date($asOf) AND (t.validTo IS NULL OR t.validTo > date($asOf))
RETURN a.id AS source, c.id AS target, t.type AS type, t.directed AS directed
