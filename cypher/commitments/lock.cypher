// Takes the commitment's write lock before the version is compared (shared/versioned.ts).
MATCH (b:Board)-[:HAS_INTERVENTION]->(i:Intervention)-[:HAS_COMMITMENT]->(c:Commitment {id: $id})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
SET c.lockedAt = datetime()
REMOVE c.lockedAt
RETURN c.version AS version, c.lastWriteId AS lastWriteId, i.id AS interventionId, c {
  .*,
  interventionId: i.id,
  assigneeContactId: COLLECT { MATCH (c)-[:ASSIGNED_TO]->(x:AgencyContact) RETURN x.id }[0],
  assigneeUser: COLLECT {
    MATCH (c)-[:ASSIGNED_TO]->(u:User)
    OPTIONAL MATCH (u)-[:WORKS_AT]->(ua:Agency)
    RETURN u {.id, .username, .displayName, .role, agencyId: ua.id}
  }[0]
} AS current
