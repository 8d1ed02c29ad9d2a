// Runs after interventions/refs.cypher found every reference usable; links are set by links-set.
MATCH (b:Board {id: $boardId})
MERGE (i:Intervention {id: $id})
ON CREATE SET i += $props, i.startDate = date($startDate), i.endDate = date($endDate),
              i.nextFollowUp = date($nextFollowUp), i.version = 1, i.createdAt = datetime(), i.updatedAt = datetime()
MERGE (b)-[:HAS_INTERVENTION]->(i)
RETURN i.id AS id
