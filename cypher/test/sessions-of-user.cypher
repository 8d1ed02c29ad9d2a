// Test only: how many sessions a user has in the database.
OPTIONAL MATCH (s:Session)-[:OF]->(:User {id: $userId})
RETURN count(s) AS n
