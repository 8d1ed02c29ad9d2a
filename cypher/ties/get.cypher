// A tie is visible when both its ends are on one board whose team the user is on.
MATCH (a:Person)-[t:TIE {id: $id}]->(b:Person)
WHERE EXISTS { (a)<-[:INCLUDES]-(brd:Board)-[:INCLUDES]->(b) WHERE (brd)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN t {.*, sourceId: a.id, targetId: b.id} AS tie
