// Test only: forgets the login-failure counters given.
MATCH (t:LoginThrottle)
WHERE t.key IN $keys
DETACH DELETE t
