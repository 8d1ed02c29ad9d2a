// New people from an import, put on the board. Ids are generated before the transaction, so a
// retried transaction MERGEs the same nodes.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.kind = 'YOUNG_PERSON', p.alias = row.alias, p.name = null, p.birthYear = null,
              p.version = 1, p.createdAt = datetime(), p.updatedAt = datetime()
MERGE (b)-[inc:INCLUDES]->(p)
ON CREATE SET inc.toneSetter = false, inc.addedAt = datetime()
RETURN p {.*, toneSetter: inc.toneSetter} AS person
