UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (g:Group {id: row.groupId})
MERGE (p)-[m:MEMBER_OF {id: row.id}]->(g)
ON CREATE SET
  m.role = row.role,
  m.validFrom = date(row.validFrom),
  m.validTo = date(row.validTo),
  m.version = 1,
  m.createdAt = datetime(),
  m.updatedAt = datetime()
