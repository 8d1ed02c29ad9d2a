// Recorded links in force on $asOf between the area's groups that one of the viewer's boards
// holds both ends of.
UNWIND $groupIds AS id
MATCH (g1:Group {id: id})-[l:GROUP_LINK]->(g2:Group)
WHERE g2.id IN $groupIds
  AND l.validFrom <= date($asOf) AND (l.validTo IS NULL OR l.validTo > date($asOf))
  AND EXISTS { (g1)<-[:INCLUDES_GROUP]-(b:Board)-[:INCLUDES_GROUP]->(g2) WHERE (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN l {.*, sourceId: g1.id, targetId: g2.id} AS link
ORDER BY l.id
