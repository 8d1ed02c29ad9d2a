// Test only: the people an intervention targets.
MATCH (:Intervention {id: $id})-[:TARGETS]->(p:Person)
RETURN p.id AS id
