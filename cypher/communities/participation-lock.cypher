// A participation is reachable when its person is on one of the user's boards.
MATCH (p:Person)-[r:PARTICIPATES_IN {id: $id}]->(c:Community)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
SET r.lockedAt = datetime()
REMOVE r.lockedAt
RETURN r.version AS version, r.lastWriteId AS lastWriteId, toString(r.validFrom) AS validFrom,
       r {.*, personId: p.id, communityId: c.id} AS current
