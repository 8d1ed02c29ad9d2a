// Memberships on $asOf of the area's people in the area's groups, where one of the viewer's
// boards holds both the person and the group.
UNWIND $personIds AS id
MATCH (p:Person {id: id})-[m:MEMBER_OF]->(g:Group)
WHERE g.id IN $groupIds
  AND m.validFrom <= date($asOf) AND (m.validTo IS NULL OR m.validTo > date($asOf))
  AND EXISTS { (p)<-[:INCLUDES]-(b:Board)-[:INCLUDES_GROUP]->(g) WHERE (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN p.id AS personId, g.id AS groupId
ORDER BY p.id, g.id
