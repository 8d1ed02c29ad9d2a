// A new secret waits here (encrypted) until the user proves their app has it.
MATCH (u:User {id: $userId})
SET u.totpPendingSecret = $secret, u.totpPendingAt = datetime()
RETURN u.id AS id
