// Memberships in force on $asOf whose person the user can also see (on one of their boards);
// the group itself was checked by whoever handed it over (groups/get).
MATCH (p:Person)-[m:MEMBER_OF]->(g:Group {id: $id})
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND m.validFrom <= date($asOf) AND (m.validTo IS NULL OR m.validTo > date($asOf))
RETURN m {.*, personId: p.id, groupId: g.id} AS membership, p {.*} AS person
ORDER BY m.role, p.id
