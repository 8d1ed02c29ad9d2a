// No row: the contact is unknown. personOk false: the person is not on any of the user's boards,
// and nothing was written. Ending a responsibility deletes the edge (who holds it now is what
// matters; the audit log keeps who changed it and when).
MATCH (c:AgencyContact {id: $contactId})-[:AT]->(a:Agency)
OPTIONAL MATCH (p:Person {id: $personId})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
CALL (c, p) {
  WITH c, p WHERE p IS NOT NULL AND $responsible
  MERGE (c)-[r:RESPONSIBLE_FOR]->(p)
  ON CREATE SET r.since = date()
}
CALL (c, p) {
  WITH c, p WHERE p IS NOT NULL AND NOT $responsible
  OPTIONAL MATCH (c)-[r:RESPONSIBLE_FOR]->(p)
  DELETE r
}
RETURN p IS NOT NULL AS personOk, c {.*, agencyId: a.id} AS contact
