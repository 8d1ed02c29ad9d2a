// Disabling an account ends its sessions in the same transaction: the next request with any of
// its cookies is anonymous.
MATCH (u:User {id: $id})
SET u.disabled = $disabled, u.updatedAt = datetime()
WITH u
CALL (u) {
  MATCH (s:Session)-[:OF]->(u)
  WHERE $disabled
  DETACH DELETE s
}
WITH u
OPTIONAL MATCH (u)-[:WORKS_AT]->(a:Agency)
RETURN u {.id, .username, .displayName, .role, agencyId: a.id, disabled: coalesce(u.disabled, false),
          totpEnabled: u.totpSecret IS NOT NULL} AS user
