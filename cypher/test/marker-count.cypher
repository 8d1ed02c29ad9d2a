// Test-only.
MATCH (m:TestMarker {id: $id}) RETURN count(m) AS n
