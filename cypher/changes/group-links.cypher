// Links between groups on the board that began or ended on or after $since, up to $until (inclusive).
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MATCH (b)-[:INCLUDES_GROUP]->(g1:Group)-[l:GROUP_LINK]->(g2:Group)<-[:INCLUDES_GROUP]-(b)
WHERE l.validTo IS NULL OR l.validTo > l.validFrom
WITH l, g1, g2, date($since) AS since, date($until) AS until
WITH l, g1, g2,
     l.validFrom >= since AND l.validFrom <= until AS isNew,
     l.validTo IS NOT NULL AND l.validTo >= since AND l.validTo <= until AS isEnded
WHERE isNew OR isEnded
RETURN l {.*, sourceId: g1.id, targetId: g2.id} AS link, g1 {.*} AS source, g2 {.*} AS target, isNew, isEnded
ORDER BY link.id
