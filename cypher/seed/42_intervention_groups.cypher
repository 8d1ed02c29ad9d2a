UNWIND $rows AS row
MATCH (i:Intervention {id: row.interventionId})
MATCH (g:Group {id: row.groupId})
MERGE (i)-[:TARGETS]->(g)
