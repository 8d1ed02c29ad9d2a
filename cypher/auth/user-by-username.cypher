MATCH (u:User {username: $username})
OPTIONAL MATCH (u)-[:WORKS_AT]->(a:Agency)
RETURN u.id AS id, u.username AS username, u.displayName AS displayName, u.role AS role,
       u.passwordHash AS passwordHash, coalesce(u.disabled, false) AS disabled,
       coalesce(u.demo, false) AS demo, a.id AS agencyId
