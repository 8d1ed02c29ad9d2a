OPTIONAL MATCH (a:Agency {id: $agencyId})
WITH a
WHERE $agencyId IS NULL OR a IS NOT NULL
MERGE (u:User {id: $id})
ON CREATE SET u.username = $username, u.displayName = $displayName, u.role = $role,
              u.passwordHash = $passwordHash, u.disabled = false, u.demo = false,
              u.createdAt = datetime(), u.version = 1
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (u)-[:WORKS_AT]->(a))
RETURN u {.id, .username, .displayName, .role, agencyId: a.id} AS user
