// Test only: any node by id, as stored.
MATCH (n {id: $id})
RETURN n {.*} AS node, labels(n) AS labels
