UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (c:Community {id: row.communityId})
MERGE (p)-[r:PARTICIPATES_IN {id: row.id}]->(c)
ON CREATE SET
  r.strength = toInteger(row.strength),
  r.validFrom = date(row.validFrom),
  r.validTo = date(row.validTo),
  r.version = 1,
  r.createdAt = datetime(),
  r.updatedAt = datetime()
