MATCH (u:User)
WHERE $after IS NULL OR u.username > $after
OPTIONAL MATCH (u)-[:WORKS_AT]->(a:Agency)
RETURN u {.id, .username, .displayName, .role, agencyId: a.id, disabled: coalesce(u.disabled, false),
          totpEnabled: u.totpSecret IS NOT NULL} AS user
ORDER BY u.username
LIMIT $limit
