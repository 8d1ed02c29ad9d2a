MATCH (p:Person {id: $id})<-[:RESPONSIBLE_FOR]-(c:AgencyContact)-[:AT]->(a:Agency)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN c {.*, agencyId: a.id} AS contact
ORDER BY c.name
