// A person is visible through any board whose team the user is on.
MATCH (p:Person {id: $id})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN p {.*} AS person
