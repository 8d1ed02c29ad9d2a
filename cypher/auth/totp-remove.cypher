MATCH (u:User {id: $userId})
REMOVE u.totpSecret, u.totpLastStep, u.totpPendingSecret, u.totpPendingAt
RETURN u.id AS id
