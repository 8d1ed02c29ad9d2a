MATCH (a:ReadinessAlert {id: $alertId})
MERGE (d:Decision {id: $id})
ON CREATE SET d.text = $text, d.recordedBy = $userName, d.recordedById = $userId, d.version = 1,
              d.recordedAt = datetime(), d.createdAt = datetime(), d.updatedAt = datetime()
MERGE (a)-[:HAS_DECISION]->(d)
RETURN d {.*} AS decision
