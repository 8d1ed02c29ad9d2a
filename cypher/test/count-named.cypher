// Test only: nodes and relationships carrying a marker text (tests give each write a unique one),
// to show that a refused write left nothing behind.
CALL () {
  MATCH (n)
  WHERE $marker IN [n.name, n.title, n.key, n.note, n.alias, n.organisation, n.text]
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WHERE $marker IN [r.note]
  RETURN count(r) AS rels
}
RETURN nodes, rels
