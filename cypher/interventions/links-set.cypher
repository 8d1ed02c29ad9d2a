// Replaces each list of links the input gave (a null list is left alone; an empty one clears it).
// Ids were checked by interventions/refs.cypher in the same transaction.
MATCH (i:Intervention {id: $id})
CALL (i) {
  WITH i WHERE $personIds IS NOT NULL
  OPTIONAL MATCH (i)-[r:TARGETS]->(:Person)
  DELETE r
}
CALL (i) {
  UNWIND coalesce($personIds, []) AS pid
  MATCH (p:Person {id: pid})
  MERGE (i)-[:TARGETS]->(p)
}
CALL (i) {
  WITH i WHERE $groupIds IS NOT NULL
  OPTIONAL MATCH (i)-[r:TARGETS]->(:Group)
  DELETE r
}
CALL (i) {
  UNWIND coalesce($groupIds, []) AS gid
  MATCH (g:Group {id: gid})
  MERGE (i)-[:TARGETS]->(g)
}
CALL (i) {
  WITH i WHERE $areaIds IS NOT NULL
  OPTIONAL MATCH (i)-[r:TARGETS]->(:Area)
  DELETE r
}
CALL (i) {
  UNWIND coalesce($areaIds, []) AS aid
  MATCH (a:Area {id: aid})
  MERGE (i)-[:TARGETS]->(a)
}
CALL (i) {
  WITH i WHERE $involvedIds IS NOT NULL
  OPTIONAL MATCH (i)-[r:INVOLVES]->(:Agency)
  DELETE r
}
CALL (i) {
  UNWIND coalesce($involvedIds, []) AS aid
  MATCH (a:Agency {id: aid})
  MERGE (i)-[:INVOLVES]->(a)
}
CALL (i) {
  WITH i WHERE $strengthensIds IS NOT NULL
  OPTIONAL MATCH (i)-[r:STRENGTHENS]->(:Factor)
  DELETE r
}
CALL (i) {
  UNWIND coalesce($strengthensIds, []) AS fid
  MATCH (f:Factor {id: fid})
  MERGE (i)-[:STRENGTHENS]->(f)
}
CALL (i) {
  WITH i WHERE $reducesIds IS NOT NULL
  OPTIONAL MATCH (i)-[r:REDUCES]->(:Factor)
  DELETE r
}
CALL (i) {
  UNWIND coalesce($reducesIds, []) AS fid
  MATCH (f:Factor {id: fid})
  MERGE (i)-[:REDUCES]->(f)
}
CALL (i) {
  WITH i WHERE $setAgency
  OPTIONAL MATCH (i)-[r:RESPONSIBLE_AGENCY]->()
  DELETE r
  WITH i
  MATCH (a:Agency {id: $agencyId})
  MERGE (i)-[:RESPONSIBLE_AGENCY]->(a)
}
CALL (i) {
  WITH i WHERE $setContact
  OPTIONAL MATCH (i)-[r:RESPONSIBLE_CONTACT]->()
  DELETE r
  WITH i
  MATCH (c:AgencyContact {id: $contactId})
  MERGE (i)-[:RESPONSIBLE_CONTACT]->(c)
}
RETURN i.id AS id
