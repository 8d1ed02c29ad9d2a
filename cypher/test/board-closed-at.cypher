// Test only: sets when a board was closed (a case closed long ago, for the retention tests).
MATCH (b:Board {id: $id})
SET b.closedAt = datetime($at)
RETURN b.id AS id
