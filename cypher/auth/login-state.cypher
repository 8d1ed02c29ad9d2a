// Everything a login attempt needs, in one read whatever the outcome: the user (all nulls when
// the username is unknown) and the failure counters of the username and of the client address.
// Unknown, wrong and locked attempts so do the same work and take the same time.
OPTIONAL MATCH (u:User {username: $username})
OPTIONAL MATCH (u)-[:WORKS_AT]->(a:Agency)
OPTIONAL MATCH (tu:LoginThrottle {key: $userKey})
OPTIONAL MATCH (ti:LoginThrottle {key: $ipKey})
WITH u, a, tu, ti, datetime() - duration({minutes: $windowMinutes}) AS windowStart
RETURN u.id AS id, u.username AS username, u.displayName AS displayName, u.role AS role,
       u.passwordHash AS passwordHash, coalesce(u.disabled, false) AS disabled,
       coalesce(u.demo, false) AS demo, a.id AS agencyId,
       u.totpSecret AS totpSecret, u.totpLastStep AS totpLastStep,
       CASE WHEN tu IS NULL OR tu.lastFailureAt < windowStart THEN 0 ELSE tu.failures END AS userFailures,
       CASE WHEN tu IS NULL THEN null ELSE duration.inSeconds(tu.lastFailureAt, datetime()).seconds END AS userSecondsSince,
       CASE WHEN ti IS NULL OR ti.lastFailureAt < windowStart THEN 0 ELSE ti.failures END AS ipFailures,
       CASE WHEN ti IS NULL THEN null ELSE duration.inSeconds(ti.lastFailureAt, datetime()).seconds END AS ipSecondsSince
