// No row: the board is missing or not the user's. link null: one of the groups is not on that
// board, and nothing was written.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (b)-[:INCLUDES_GROUP]->(s:Group {id: $sourceId})
OPTIONAL MATCH (b)-[:INCLUDES_GROUP]->(t:Group {id: $targetId})
OPTIONAL CALL (s, t) {
  WITH s, t
  WHERE s IS NOT NULL AND t IS NOT NULL
  MERGE (s)-[l:GROUP_LINK {id: $id}]->(t)
  ON CREATE SET l.type = $type, l.note = $note, l.validFrom = date($validFrom), l.version = 1,
                l.createdAt = datetime(), l.updatedAt = datetime()
  RETURN l {.*, sourceId: s.id, targetId: t.id} AS link
}
RETURN s IS NOT NULL AS sourceOk, t IS NOT NULL AS targetOk, link
