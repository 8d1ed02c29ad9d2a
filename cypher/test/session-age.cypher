// Test only: makes a session look unused for $idleMinutes, and (when $expiredMinutesAgo is not
// null) past its absolute expiry, without waiting.
MATCH (s:Session {id: $sessionId})
SET s.lastSeenAt = datetime() - duration({minutes: $idleMinutes}),
    s.expiresAt = CASE WHEN $expiredMinutesAgo IS NULL THEN s.expiresAt
                       ELSE datetime() - duration({minutes: $expiredMinutesAgo}) END
RETURN s.id AS id
