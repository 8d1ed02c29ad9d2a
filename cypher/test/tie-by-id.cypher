// Test-only.
MATCH ()-[t:TIE {id: $id}]->() RETURN t {.*} AS tie
