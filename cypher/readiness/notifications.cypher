MATCH (n:Notification)-[:TO]->(:User {id: $userId})
MATCH (n)-[:ABOUT]->(a:ReadinessAlert)
RETURN n {.id, .kind, .createdAt, read: n.readAt IS NOT NULL, alertId: a.id} AS notification
ORDER BY n.createdAt DESC, n.id
LIMIT $limit
