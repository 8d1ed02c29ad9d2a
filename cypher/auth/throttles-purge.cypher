// Counters whose last failure is older than the failure window hold nothing any more.
MATCH (t:LoginThrottle)
WHERE t.lastFailureAt < datetime() - duration({minutes: $windowMinutes})
WITH t LIMIT 10000
DETACH DELETE t
RETURN count(*) AS purged
