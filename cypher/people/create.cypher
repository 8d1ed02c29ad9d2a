MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MERGE (p:Person {id: $id})
ON CREATE SET p.kind = $kind, p.alias = $alias, p.name = $name, p.birthYear = $birthYear,
              p.version = 1, p.createdAt = datetime(), p.updatedAt = datetime()
MERGE (b)-[inc:INCLUDES]->(p)
ON CREATE SET inc.toneSetter = false, inc.addedAt = datetime()
RETURN p {.*, toneSetter: inc.toneSetter} AS person
