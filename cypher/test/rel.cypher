// Test only: any relationship by id, as stored, with its ends.
MATCH (a)-[r {id: $id}]->(b)
RETURN r {.*} AS rel, type(r) AS type, a.id AS sourceId, b.id AS targetId
