MATCH (brd:Board {id: $boardId})-[:INCLUDES]->(a:Person {id: $sourceId})
WHERE EXISTS { (brd)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (brd)-[:INCLUDES]->(b:Person {id: $targetId})
MERGE (a)-[t:TIE {id: $id}]->(b)
ON CREATE SET t += $props, t.validFrom = date($validFrom), t.version = 1,
              t.createdAt = datetime(), t.updatedAt = datetime()
RETURN t {.*, sourceId: a.id, targetId: b.id} AS tie
