MATCH (g:Group {id: $id})
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (g)-[:IN_AREA]->(a:Area)
RETURN g {.*, areaId: a.id} AS group
