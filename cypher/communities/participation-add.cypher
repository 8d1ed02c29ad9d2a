// The person must be on one of the user's boards; participation null: the person or the
// community is not reachable, and nothing was written.
OPTIONAL MATCH (p:Person {id: $personId})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (c:Community {id: $communityId})
OPTIONAL CALL (p, c) {
  WITH p, c
  WHERE p IS NOT NULL AND c IS NOT NULL
  MERGE (p)-[r:PARTICIPATES_IN {id: $id}]->(c)
  ON CREATE SET r.strength = $strength, r.validFrom = date($validFrom), r.version = 1,
                r.createdAt = datetime(), r.updatedAt = datetime()
  RETURN r {.*, personId: p.id, communityId: c.id} AS participation
}
RETURN p IS NOT NULL AS personOk, c IS NOT NULL AS communityOk, participation, p {.*} AS person
