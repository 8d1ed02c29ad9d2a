MATCH (a:ReadinessAlert {id: $id})
MATCH (u:User {id: $userId})
SET a.status = 'CLOSED', a.closedAt = datetime(), a.closedBy = u.displayName, a.closedById = u.id,
    a.summary = $summary, a.version = a.version + 1, a.updatedAt = datetime(), a.lastWriteId = $writeId
RETURN a.id AS id
