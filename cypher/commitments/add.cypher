// Runs after commitments/refs.cypher accepted the intervention and the assignee.
MATCH (i:Intervention {id: $interventionId})
MERGE (c:Commitment {id: $id})
ON CREATE SET c.what = $what, c.dueDate = date($dueDate), c.agreedOn = date($agreedOn), c.done = false,
              c.version = 1, c.createdAt = datetime(), c.updatedAt = datetime()
MERGE (i)-[:HAS_COMMITMENT]->(c)
WITH c
CALL (c) {
  MATCH (x:AgencyContact {id: $contactId})
  MERGE (c)-[:ASSIGNED_TO]->(x)
}
CALL (c) {
  MATCH (u:User {id: $assigneeUserId})
  MERGE (c)-[:ASSIGNED_TO]->(u)
}
RETURN c.id AS id
