// Tells every member of the readiness team but the one who acted, in the app. One notification per
// member, alert and kind (MERGE on that), so a retried transaction does not tell anyone twice.
MATCH (a:ReadinessAlert {id: $alertId})
MATCH (m:User)-[:IN_READINESS_TEAM]->(:ReadinessTeam)
WHERE m.id <> $actorId
MERGE (n:Notification {kind: $kind, alertId: a.id, userId: m.id})
ON CREATE SET n.id = 'ntf_' + randomUUID(), n.createdAt = datetime()
MERGE (n)-[:TO]->(m)
MERGE (n)-[:ABOUT]->(a)
RETURN count(n) AS told
