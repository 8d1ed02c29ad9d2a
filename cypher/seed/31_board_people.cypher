// x and y stay unset (null) until someone saves a layout; the board places such nodes itself.
UNWIND $rows AS row
MATCH (b:Board {id: row.boardId})
MATCH (p:Person {id: row.personId})
MERGE (b)-[i:INCLUDES]->(p)
ON CREATE SET
  i.toneSetter = row.toneSetter,
  i.x = toFloat(row.x),
  i.y = toFloat(row.y),
  i.addedAt = datetime(row.addedAt)
