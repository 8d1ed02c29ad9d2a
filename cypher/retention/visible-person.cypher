// Whether the user reaches the person through a board whose team they are on (as people/get).
MATCH (p:Person {id: $id})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN p.id AS id
