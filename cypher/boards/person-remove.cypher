// Takes the person off this board only; the person and their ties stay (other boards may have them).
MATCH (b:Board {id: $boardId})-[inc:INCLUDES]->(p:Person {id: $personId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
DELETE inc
RETURN p.id AS id
