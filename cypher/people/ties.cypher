// A person's ties in force on $asOf, to people the user can also see.
MATCH (p:Person {id: $id})-[t:TIE]-(o:Person)
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND EXISTS { (o)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
  AND t.validFrom <= date($asOf) AND (t.validTo IS NULL OR t.validTo > date($asOf))
RETURN t {.*, sourceId: startNode(t).id, targetId: endNode(t).id} AS tie
ORDER BY t.id
