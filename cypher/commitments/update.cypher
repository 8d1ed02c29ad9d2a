// $props: what and done as given; $dates: dueDate and doneOn when they change. $setAssignee
// replaces the assignee with the contact or user given (refs.cypher checked it).
MATCH (c:Commitment {id: $id})
SET c += $props,
    c.dueDate = CASE WHEN 'dueDate' IN keys($dates) THEN date($dates.dueDate) ELSE c.dueDate END,
    c.doneOn = CASE WHEN 'doneOn' IN keys($dates) THEN date($dates.doneOn) ELSE c.doneOn END,
    c.version = c.version + 1, c.updatedAt = datetime(), c.lastWriteId = $writeId
WITH c
CALL (c) {
  WITH c WHERE $setAssignee
  OPTIONAL MATCH (c)-[r:ASSIGNED_TO]->()
  DELETE r
}
CALL (c) {
  WITH c WHERE $setAssignee
  MATCH (x:AgencyContact {id: $contactId})
  MERGE (c)-[:ASSIGNED_TO]->(x)
}
CALL (c) {
  WITH c WHERE $setAssignee
  MATCH (u:User {id: $assigneeUserId})
  MERGE (c)-[:ASSIGNED_TO]->(u)
}
RETURN c.id AS id
