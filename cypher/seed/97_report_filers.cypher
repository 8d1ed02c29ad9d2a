// Reports an outside reporter filed in Tavla, so they can read back their own (and only those).
UNWIND $rows AS row
MATCH (r:SituationReport {id: row.reportId})
MATCH (u:User {id: row.userId})
MERGE (r)-[:FILED_BY]->(u)
