// The municipality's one readiness team; members with the address alerts are e-mailed to.
UNWIND $rows AS row
MATCH (u:User {id: row.userId})
MERGE (t:ReadinessTeam {key: 'municipality'})
MERGE (u)-[m:IN_READINESS_TEAM]->(t)
ON CREATE SET m.since = datetime(row.since), m.email = row.email
