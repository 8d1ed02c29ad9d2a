// Levels only (no notes, no source): what the aggregates count.
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})<-[:OF_PERSON]-(fa:FactorAssessment)-[:OF_FACTOR]->(f:Factor)
WHERE fa.assessedOn <= date($asOf)
RETURN p.id AS personId, f.id AS factorId, f.kind AS kind, fa.level AS level, fa.assessedOn AS assessedOn, fa.createdAt AS createdAt
