UNWIND $rows AS row
MATCH (i:Intervention {id: row.interventionId})
MATCH (f:Factor {id: row.factorId})
MERGE (i)-[:REDUCES]->(f)
