// Test only: a login-failure counter as stored.
MATCH (t:LoginThrottle {key: $key})
RETURN t.failures AS failures
