// A membership is edited in a board's context: one of the user's boards has both the person and
// the group.
MATCH (p:Person)-[m:MEMBER_OF {id: $id}]->(g:Group)
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(b:Board)-[:INCLUDES]->(p) WHERE (b)<-[:ON_TEAM]-(:User {id: $userId}) }
SET m.lockedAt = datetime()
REMOVE m.lockedAt
RETURN m.version AS version, m.lastWriteId AS lastWriteId, toString(m.validFrom) AS validFrom,
       m {.*, personId: p.id, groupId: g.id} AS current
