// Starts an alert: the 24-hour clock runs from raisedAt. The area's level (areas/level-set.cypher)
// and the team's notifications (readiness/notify.cypher) are written in the same transaction. No row: the area is
// unknown. The raiser's membership of the team was checked first (readiness/is-member.cypher).
MATCH (ar:Area {id: $areaId})
MATCH (u:User {id: $userId})
MERGE (a:ReadinessAlert {id: $id})
ON CREATE SET a.level = $level, a.reason = $reason, a.status = 'RAISED', a.raisedAt = datetime(),
              a.raisedBy = u.displayName, a.raisedById = u.id, a.otherAttendees = [], a.version = 1,
              a.createdAt = datetime(), a.updatedAt = datetime()
SET a.deadline = a.raisedAt + duration({hours: 24})
MERGE (a)-[:FOR_AREA]->(ar)
MERGE (u)-[:RAISED]->(a)
RETURN a.id AS id
