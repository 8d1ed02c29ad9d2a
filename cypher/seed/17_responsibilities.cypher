UNWIND $rows AS row
MATCH (c:AgencyContact {id: row.contactId})
MATCH (p:Person {id: row.personId})
MERGE (c)-[r:RESPONSIBLE_FOR]->(p)
ON CREATE SET r.since = date(row.since)
