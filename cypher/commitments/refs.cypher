// Whether an intervention may get (or keep) a commitment with this assignee: the contact must
// exist, a user must be on the team of the intervention's board. No row: the intervention is not
// on a board of the user's. Returns the intervention's targeted people for the audit row.
MATCH (b:Board)-[:HAS_INTERVENTION]->(i:Intervention {id: $interventionId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN
  ($contactId IS NULL OR EXISTS { (:AgencyContact {id: $contactId}) }) AS contactOk,
  ($assigneeUserId IS NULL OR EXISTS { (b)<-[:ON_TEAM]-(:User {id: $assigneeUserId}) }) AS userOk,
  COLLECT { MATCH (i)-[:TARGETS]->(p:Person) RETURN p.id } AS targetPersonIds
