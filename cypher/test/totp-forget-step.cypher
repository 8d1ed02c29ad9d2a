// Test only: forgets which TOTP time step a user last used, standing in for the half minute a
// test would otherwise wait before the next code is new.
MATCH (u:User {id: $userId})
REMOVE u.totpLastStep
RETURN u.id AS id
