// Ends every session of a user at once (account disabled, second factor changed), except the
// one given in $keep, if any.
MATCH (s:Session)-[:OF]->(:User {id: $userId})
WHERE $keep IS NULL OR s.id <> $keep
DETACH DELETE s
RETURN count(*) AS ended
