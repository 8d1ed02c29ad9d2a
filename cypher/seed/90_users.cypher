// row.passwordHash (argon2id) is added by the server; prepareSeed never produces one. ON CREATE
// only, so a reload never resets a password someone has changed. The agency is optional (admin).
UNWIND $rows AS row
MERGE (u:User {id: row.id})
ON CREATE SET
  u.username = row.username,
  u.displayName = row.displayName,
  u.role = row.role,
  u.passwordHash = row.passwordHash,
  u.disabled = false,
  // Demo users are refused at login when NODE_ENV=production.
  u.demo = coalesce(row.demo, false),
  u.version = 1,
  u.createdAt = datetime(),
  u.updatedAt = datetime()
WITH u, row
OPTIONAL MATCH (a:Agency {id: row.agencyId})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (u)-[:WORKS_AT]->(a))
