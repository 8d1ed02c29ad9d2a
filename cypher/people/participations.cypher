MATCH (p:Person {id: $id})-[r:PARTICIPATES_IN]->(c:Community)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND r.validFrom <= date($asOf) AND (r.validTo IS NULL OR r.validTo > date($asOf))
RETURN r {.*, personId: p.id, communityId: c.id} AS participation
ORDER BY c.name
