// Takes the alert's write lock and returns its state, so transitions (convene, close) are checked
// against the state no one else can change until this transaction ends.
MATCH (a:ReadinessAlert {id: $id})-[:FOR_AREA]->(ar:Area)
SET a.lockedAt = datetime()
REMOVE a.lockedAt
RETURN a.status AS status, a.raisedAt AS raisedAt, a.lastWriteId AS lastWriteId, ar.id AS areaId
