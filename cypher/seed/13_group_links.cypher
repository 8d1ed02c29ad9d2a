UNWIND $rows AS row
MATCH (s:Group {id: row.sourceId})
MATCH (t:Group {id: row.targetId})
MERGE (s)-[l:GROUP_LINK {id: row.id}]->(t)
ON CREATE SET
  l.type = row.type,
  l.note = row.note,
  l.validFrom = date(row.validFrom),
  l.validTo = date(row.validTo),
  l.version = 1,
  l.createdAt = datetime(),
  l.updatedAt = datetime()
