// Test only: how many relationships of each type a node has (to show nothing was added).
MATCH (n {id: $id})-[r]-()
RETURN type(r) AS type, count(r) AS n
ORDER BY type
