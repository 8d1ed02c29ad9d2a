MATCH (u:User {id: $userId})
RETURN u.totpSecret AS totpSecret, u.totpLastStep AS totpLastStep,
       u.totpPendingSecret AS totpPendingSecret,
       CASE WHEN u.totpPendingAt IS NULL THEN null ELSE duration.inSeconds(u.totpPendingAt, datetime()).seconds END AS pendingSeconds
