UNWIND $rows AS row
MATCH (b:Board {id: row.boardId})
MATCH (g:Group {id: row.groupId})
MERGE (b)-[i:INCLUDES_GROUP]->(g)
ON CREATE SET
  i.x = toFloat(row.x),
  i.y = toFloat(row.y),
  i.addedAt = datetime(row.addedAt)
