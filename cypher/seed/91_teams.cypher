UNWIND $rows AS row
MATCH (u:User {id: row.userId})
MATCH (b:Board {id: row.boardId})
MERGE (u)-[t:ON_TEAM]->(b)
ON CREATE SET t.since = date(row.since)
