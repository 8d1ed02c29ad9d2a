// Test-only.
MERGE (m:TestMarker {id: $id})
