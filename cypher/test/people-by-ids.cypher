// Test only: these people as stored (the fault tests check many at once).
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p {.*, updatedAt: toString(p.updatedAt)} AS person
