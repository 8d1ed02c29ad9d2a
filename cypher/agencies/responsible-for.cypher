// Only the people the viewer can see (on one of their boards).
MATCH (c:AgencyContact {id: $id})-[:RESPONSIBLE_FOR]->(p:Person)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN p {.*} AS person
ORDER BY p.id
