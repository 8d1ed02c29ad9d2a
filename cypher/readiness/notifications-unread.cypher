MATCH (n:Notification)-[:TO]->(:User {id: $userId})
WHERE n.readAt IS NULL
RETURN count(n) AS unread
