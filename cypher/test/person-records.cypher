// Test only: per-person records as the consent and shared-information features store them
// (a node ABOUT the person), to show that erasure takes whatever hangs off the person alone.
MATCH (p:Person {id: $personId})
MERGE (c:Consent {id: $consentId})
ON CREATE SET c.givenBy = $text, c.scope = ['TIES'], c.givenOn = date(), c.createdAt = datetime()
MERGE (c)-[:ABOUT]->(p)
MERGE (i:SharedInformation {id: $informationId})
ON CREATE SET i.class = 'AGENCY_NOTE', i.text = $text, i.createdAt = datetime()
MERGE (i)-[:ABOUT]->(p)
WITH c, i
OPTIONAL MATCH (a:Agency)
WITH c, i, a LIMIT 1
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (c)-[:SHARED_WITH]->(a))
RETURN c.id AS consentId, i.id AS informationId
