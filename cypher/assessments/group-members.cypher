// The group (when on one of the user's boards) and its members on $to that the user can see.
MATCH (g:Group {id: $groupId})
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN g {.*} AS group, COLLECT {
  MATCH (p:Person)-[m:MEMBER_OF]->(g)
  WHERE m.validFrom <= date($to) AND (m.validTo IS NULL OR m.validTo > date($to))
    AND EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  RETURN DISTINCT p.id ORDER BY p.id
} AS memberIds
