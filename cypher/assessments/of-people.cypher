// Every assessment on or before $to of the given people that the user can see (each person on
// one of the user's boards), with its factor's kind: what level helpers (assessments/levels.ts) need.
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})<-[:OF_PERSON]-(fa:FactorAssessment)-[:OF_FACTOR]->(f:Factor)
WHERE fa.assessedOn <= date($to)
  AND EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN p.id AS personId, f.id AS factorId, f.kind AS kind, fa.level AS level, fa.assessedOn AS assessedOn, fa.createdAt AS createdAt
