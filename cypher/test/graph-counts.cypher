// Test only: how many nodes carry each label and how many relationships of each type exist,
// to show a request wrote exactly what it should and nothing else.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS label
  RETURN 'node:' + label AS key, count(*) AS n
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'rel:' + type(r) AS key, count(*) AS n
}
RETURN key, n
ORDER BY key
