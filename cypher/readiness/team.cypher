MATCH (u:User)-[m:IN_READINESS_TEAM]->(:ReadinessTeam)
OPTIONAL MATCH (u)-[:WORKS_AT]->(a:Agency)
RETURN u {.id, .username, .displayName, .role, agencyId: a.id} AS user, m.since AS since, m.email AS email
ORDER BY u.displayName, u.id
