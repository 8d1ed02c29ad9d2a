// There is one readiness team (the municipality's); its node is made on first use. An outside
// reporter or a disabled account is never added. No row: no such user (or not one who may be on it).
MATCH (u:User {id: $userId})
WHERE u.role <> 'REPORTER' AND NOT coalesce(u.disabled, false)
MERGE (t:ReadinessTeam {key: 'municipality'})
MERGE (u)-[m:IN_READINESS_TEAM]->(t)
ON CREATE SET m.since = datetime()
SET m.email = $email
RETURN u.id AS id
