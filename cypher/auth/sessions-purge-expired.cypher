MATCH (s:Session)
WHERE s.expiresAt <= datetime()
WITH s LIMIT 10000
DETACH DELETE s
RETURN count(*) AS purged
