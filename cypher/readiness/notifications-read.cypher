// Marks the user's own notifications read: these ids, or all when $ids is null. Others' are untouched.
MATCH (n:Notification)-[:TO]->(:User {id: $userId})
WHERE n.readAt IS NULL AND ($ids IS NULL OR n.id IN $ids)
SET n.readAt = datetime()
RETURN count(n) AS marked
