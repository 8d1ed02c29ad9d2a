// The interventions on the user's boards that reach a person: targeting them, or a group they
// are a member of on $today. Only the ids; the caller reads the interventions per board.
MATCH (p:Person {id: $personId})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b:Board)-[:HAS_INTERVENTION]->(i:Intervention)
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND (EXISTS { (i)-[:TARGETS]->(p) }
       OR EXISTS {
         MATCH (i)-[:TARGETS]->(:Group)<-[m:MEMBER_OF]-(p)
         WHERE m.validFrom <= date($today) AND (m.validTo IS NULL OR m.validTo > date($today))
       })
RETURN DISTINCT b.id AS boardId, i.id AS interventionId
