MATCH (u:User)
WHERE u.id IN $ids
OPTIONAL MATCH (u)-[:WORKS_AT]->(a:Agency)
RETURN u {.id, .username, .displayName, .role, agencyId: a.id} AS user
ORDER BY u.displayName, u.id
