// Test-only: how many people carry an alias (to prove a refused write wrote nothing).
MATCH (p:Person {alias: $alias}) RETURN count(p) AS n
