// A commitment is visible through its intervention's board, like the intervention. Same
// projection as the commitments in interventions/get.cypher.
MATCH (b:Board)-[:HAS_INTERVENTION]->(i:Intervention)-[:HAS_COMMITMENT]->(c:Commitment {id: $id})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN c {
  .*,
  interventionId: i.id,
  assigneeContactId: COLLECT { MATCH (c)-[:ASSIGNED_TO]->(x:AgencyContact) RETURN x.id }[0],
  assigneeUser: COLLECT {
    MATCH (c)-[:ASSIGNED_TO]->(u:User)
    OPTIONAL MATCH (u)-[:WORKS_AT]->(ua:Agency)
    RETURN u {.id, .username, .displayName, .role, agencyId: ua.id}
  }[0]
} AS commitment
