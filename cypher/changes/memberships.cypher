// Memberships (people on the board in groups on the board) that began or ended on or after
// $since, up to $until (inclusive). A role change is an ended membership and a new one on the same day.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b)-[:INCLUDES]->(p:Person)-[m:MEMBER_OF]->(g:Group)<-[:INCLUDES_GROUP]-(b)
WHERE m.validTo IS NULL OR m.validTo > m.validFrom
WITH m, p, g, date($since) AS since, date($until) AS until
WITH m, p, g,
     m.validFrom >= since AND m.validFrom <= until AS isNew,
     m.validTo IS NOT NULL AND m.validTo >= since AND m.validTo <= until AS isEnded
WHERE isNew OR isEnded
RETURN m {.*, personId: p.id, groupId: g.id} AS membership, p {.*} AS person, g {.*} AS group, isNew, isEnded
ORDER BY membership.id
