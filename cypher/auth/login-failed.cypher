// One more failure for the username's and the address's counters (a count restarts after a
// quiet failure window).
UNWIND $keys AS key
MERGE (t:LoginThrottle {key: key})
ON CREATE SET t.failures = 0
SET t.failures = CASE WHEN t.lastFailureAt IS NULL OR t.lastFailureAt < datetime() - duration({minutes: $windowMinutes})
                      THEN 1 ELSE t.failures + 1 END,
    t.lastFailureAt = datetime()
