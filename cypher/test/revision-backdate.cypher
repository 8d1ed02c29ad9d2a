// Test only: moves a tie's first edit (its earliest TieRevision) into the past, for "what changed
// up to a date" worked out by hand.
MATCH (r:TieRevision {tieId: $id})
WITH r ORDER BY r.supersededAt ASC LIMIT 1
SET r.supersededAt = datetime($at)
RETURN r.id AS id
