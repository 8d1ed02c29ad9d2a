// No row: the group is not on any of the user's boards. membership null: the person is not on a
// board of the user's that also has the group, and nothing was written.
MATCH (g:Group {id: $groupId})
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (p:Person {id: $personId})
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(b:Board)-[:INCLUDES]->(p) WHERE (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL CALL (g, p) {
  WITH g, p
  WHERE p IS NOT NULL
  MERGE (p)-[m:MEMBER_OF {id: $id}]->(g)
  ON CREATE SET m.role = $role, m.validFrom = date($validFrom), m.version = 1,
                m.createdAt = datetime(), m.updatedAt = datetime()
  RETURN m {.*, personId: p.id, groupId: g.id} AS membership, p {.*} AS person
}
RETURN membership, person
