MATCH (p:Person {id: $id})<-[:OF_PERSON]-(fa:FactorAssessment)-[:OF_FACTOR]->(f:Factor)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN fa {.*, personId: p.id, factorId: f.id} AS assessment
ORDER BY fa.assessedOn DESC, f.key
