// Test only: lets a consent lapse today (its expiry is the first day it no longer holds), as if
// the day it was given an expiry for had come.
MATCH (c:Consent {id: $id})
SET c.expiresOn = date()
RETURN c.id AS id
