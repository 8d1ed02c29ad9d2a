// Marks a TOTP time step used, only if it is later than the last one used: a code cannot be
// replayed, even by two logins racing with the same code.
MATCH (u:User {id: $userId})
WHERE u.totpSecret IS NOT NULL AND (u.totpLastStep IS NULL OR u.totpLastStep < $step)
SET u.totpLastStep = $step
RETURN u.id AS id
