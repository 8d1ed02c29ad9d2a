// The whole board in one read. Each part is fetched only when the GraphQL selection asks for
// it ($with* flags), so the common case is one round trip and one audit row. The record-keeping
// timestamps of people and ties (createdAt, updatedAt: the only parts whose API has them) come
// only when the operation asks for them ($withStamps): a board of 1,000 people and 4,000 ties
// carries 10,000 of them, and the board never shows them. A later key in a map projection
// replaces the one `.*` gave.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (b)-[:IN_AREA]->(area:Area)
CALL (b) {
  OPTIONAL MATCH (b)-[inc:INCLUDES]->(p:Person)
  WHERE $withPeople
  RETURN collect(p {.*, toneSetter: inc.toneSetter, x: inc.x, y: inc.y,
    createdAt: CASE WHEN $withStamps THEN p.createdAt END, updatedAt: CASE WHEN $withStamps THEN p.updatedAt END}) AS people
}
CALL (b) {
  OPTIONAL MATCH (b)-[ig:INCLUDES_GROUP]->(g:Group)
  WHERE $withGroups
  RETURN collect(g {.*, x: ig.x, y: ig.y}) AS groups
}
// Ties and memberships are expanded from the board's people and the far end checked with an
// EXISTS, not matched as a second board expansion (that would pair every two people: n^2).
CALL (b) {
  OPTIONAL MATCH (b)-[:INCLUDES]->(p1:Person)-[t:TIE]->(p2:Person)
  WHERE $withTies AND t.validFrom <= date($asOf) AND (t.validTo IS NULL OR t.validTo > date($asOf))
    AND EXISTS { (p2)<-[:INCLUDES]-(b) }
    // Shared on a consent: only while it is live and names the user's agency (withdrawal hides at once).
    AND (t.consentId IS NULL OR EXISTS {
      MATCH (c:Consent {id: t.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
      WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
    })
  RETURN collect(t {.*, sourceId: p1.id, targetId: p2.id,
    createdAt: CASE WHEN $withStamps THEN t.createdAt END, updatedAt: CASE WHEN $withStamps THEN t.updatedAt END}) AS ties
}
CALL (b) {
  OPTIONAL MATCH (b)-[:INCLUDES]->(p:Person)-[m:MEMBER_OF]->(g:Group)
  WHERE $withMemberships AND m.validFrom <= date($asOf) AND (m.validTo IS NULL OR m.validTo > date($asOf))
    AND EXISTS { (g)<-[:INCLUDES_GROUP]-(b) }
  RETURN collect(m {.*, personId: p.id, groupId: g.id}) AS memberships
}
CALL (b) {
  OPTIONAL MATCH (b)-[:INCLUDES_GROUP]->(g1:Group)-[l:GROUP_LINK]->(g2:Group)<-[:INCLUDES_GROUP]-(b)
  WHERE $withGroupLinks AND l.validFrom <= date($asOf) AND (l.validTo IS NULL OR l.validTo > date($asOf))
  RETURN collect(l {.*, sourceId: g1.id, targetId: g2.id}) AS groupLinks
}
RETURN b {.*, areaId: area.id} AS board, people, groups, ties, memberships, groupLinks
