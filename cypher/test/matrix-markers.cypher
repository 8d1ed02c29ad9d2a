// Test only (policy matrix): which of these marker texts any node or relationship holds, in any
// property. One scan for all of a run's writes: a write took effect exactly when its marker is here.
CALL () {
  MATCH (n)
  WITH [k IN keys(n) WHERE n[k] IN $markers | n[k]] AS hits
  UNWIND hits AS hit
  RETURN collect(DISTINCT hit) AS onNodes
}
CALL () {
  MATCH ()-[r]->()
  WITH [k IN keys(r) WHERE r[k] IN $markers | r[k]] AS hits
  UNWIND hits AS hit
  RETURN collect(DISTINCT hit) AS onRels
}
RETURN onNodes + onRels AS found
