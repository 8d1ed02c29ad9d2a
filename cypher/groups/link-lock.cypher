// A link is edited in a board's context: one of the user's boards has both groups.
MATCH (s:Group)-[l:GROUP_LINK {id: $id}]->(t:Group)
WHERE EXISTS { (s)<-[:INCLUDES_GROUP]-(b:Board)-[:INCLUDES_GROUP]->(t) WHERE (b)<-[:ON_TEAM]-(:User {id: $userId}) }
SET l.lockedAt = datetime()
REMOVE l.lockedAt
RETURN l.version AS version, l.lastWriteId AS lastWriteId, toString(l.validFrom) AS validFrom,
       l {.*, sourceId: s.id, targetId: t.id} AS current
