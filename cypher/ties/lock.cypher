MATCH (a:Person)-[t:TIE {id: $id}]->(b:Person)
WHERE EXISTS { (a)<-[:INCLUDES]-(brd:Board)-[:INCLUDES]->(b) WHERE (brd)<-[:ON_TEAM]-(:User {id: $userId}) }
SET t.lockedAt = datetime()
REMOVE t.lockedAt
RETURN t.version AS version, t.lastWriteId AS lastWriteId, toString(t.validFrom) AS validFrom,
       t {.*, sourceId: a.id, targetId: b.id} AS current
