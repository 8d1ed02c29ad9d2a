// The pending secret becomes the user's second factor; the code that proved it is used up.
MATCH (u:User {id: $userId})
WHERE u.totpPendingSecret = $pending
SET u.totpSecret = u.totpPendingSecret, u.totpLastStep = $step
REMOVE u.totpPendingSecret, u.totpPendingAt
RETURN u.id AS id
