// Test-only.
MATCH (r:TieRevision {tieId: $id}) RETURN r {.*} AS revision ORDER BY r.supersededAt
