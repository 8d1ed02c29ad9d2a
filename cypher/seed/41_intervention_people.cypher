UNWIND $rows AS row
MATCH (i:Intervention {id: row.interventionId})
MATCH (p:Person {id: row.personId})
MERGE (i)-[:TARGETS]->(p)
