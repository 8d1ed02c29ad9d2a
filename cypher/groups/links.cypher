// Links in force on $asOf, either direction, to groups the user can also see.
MATCH (g:Group {id: $id})-[l:GROUP_LINK]-(o:Group)
WHERE EXISTS { (g)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND EXISTS { (o)<-[:INCLUDES_GROUP]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND l.validFrom <= date($asOf) AND (l.validTo IS NULL OR l.validTo > date($asOf))
RETURN l {.*, sourceId: startNode(l).id, targetId: endNode(l).id} AS link
ORDER BY l.id
