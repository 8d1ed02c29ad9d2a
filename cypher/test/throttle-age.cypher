// Test only: moves a login-failure counter's last failure $seconds into the past.
MATCH (t:LoginThrottle {key: $key})
SET t.lastFailureAt = datetime() - duration({seconds: $seconds})
RETURN t.failures AS failures
