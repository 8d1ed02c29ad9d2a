// No row: the intervention is not on a board of the user's. Returns the targeted people, for the
// audit row (a follow-up on an intervention is about the people it targets).
MATCH (b:Board)-[:HAS_INTERVENTION]->(i:Intervention {id: $interventionId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
MERGE (f:FollowUp {id: $id})
ON CREATE SET f.date = date($date), f.progress = $progress, f.note = $note, f.version = 1,
              f.createdAt = datetime(), f.updatedAt = datetime()
MERGE (i)-[:HAS_FOLLOW_UP]->(f)
RETURN f {.*} AS followUp, COLLECT { MATCH (i)-[:TARGETS]->(p:Person) RETURN p.id } AS targetPersonIds
