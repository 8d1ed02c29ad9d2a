// The render benchmark's "first open" case: a board whose people and groups have no saved place.
MATCH (b:Board {id: $boardId})-[inc:INCLUDES|INCLUDES_GROUP]->()
REMOVE inc.x, inc.y
RETURN count(inc) AS cleared
