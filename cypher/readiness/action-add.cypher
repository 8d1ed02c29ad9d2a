// Who does what by when. The agency and intervention were checked (actions/refs.cypher) first.
MATCH (a:ReadinessAlert {id: $ownerId})
MERGE (x:ActionItem {id: $id})
ON CREATE SET x.what = $what, x.who = $who, x.due = date($due), x.done = false, x.recordedBy = $userName,
              x.recordedById = $userId, x.version = 1, x.recordedAt = datetime(), x.createdAt = datetime(), x.updatedAt = datetime()
MERGE (a)-[:HAS_ACTION]->(x)
WITH x
CALL (x) {
  MATCH (g:Agency {id: $agencyId})
  MERGE (x)-[:BY_AGENCY]->(g)
}
CALL (x) {
  MATCH (i:Intervention {id: $interventionId})
  MERGE (x)-[:CARRIES_OUT]->(i)
}
RETURN x {.*, agencyId: $agencyId, interventionId: $interventionId} AS action
