// Takes a group off one board (the undo of creating it, or a group the team no longer follows).
// Nothing is deleted but the board's link to it: the group keeps its history. Where this was its
// last board, its memberships and group links still in force end on $validTo, as ending a tie
// does (one that began on or after that day ends on the day it began: it was never in force).
// personIds: the people whose membership this board showed (for the audit row).
MATCH (b:Board {id: $boardId})-[ig:INCLUDES_GROUP]->(g:Group {id: $id})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
WITH b, ig, g, EXISTS { (g)<-[:INCLUDES_GROUP]-(other:Board) WHERE other <> b } AS elsewhere
CALL (b, g) {
  OPTIONAL MATCH (b)-[:INCLUDES]->(p:Person)-[m:MEMBER_OF]->(g)
  WHERE m.validTo IS NULL OR m.validTo > date($validTo)
  RETURN collect(DISTINCT p.id) AS personIds
}
CALL (g, elsewhere) {
  MATCH (:Person)-[m:MEMBER_OF]->(g)
  WHERE NOT elsewhere AND (m.validTo IS NULL OR m.validTo > date($validTo))
  SET m.validTo = CASE WHEN m.validFrom > date($validTo) THEN m.validFrom ELSE date($validTo) END,
      m.version = m.version + 1, m.updatedAt = datetime(), m.lastWriteId = $writeId
  RETURN count(m) AS membershipsEnded
}
CALL (g, elsewhere) {
  MATCH (g)-[l:GROUP_LINK]-(:Group)
  WHERE NOT elsewhere AND (l.validTo IS NULL OR l.validTo > date($validTo))
  SET l.validTo = CASE WHEN l.validFrom > date($validTo) THEN l.validFrom ELSE date($validTo) END,
      l.version = l.version + 1, l.updatedAt = datetime(), l.lastWriteId = $writeId
  RETURN count(l) AS linksEnded
}
DELETE ig
SET g.version = g.version + 1, g.updatedAt = datetime(), g.lastWriteId = $writeId
WITH g, personIds, membershipsEnded, linksEnded
OPTIONAL MATCH (g)-[:IN_AREA]->(a:Area)
RETURN g {.*, areaId: a.id} AS group, personIds, membershipsEnded, linksEnded
