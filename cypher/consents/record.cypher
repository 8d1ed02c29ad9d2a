// Records a consent about a person on one of the user's boards, naming the agencies it is for.
// Nothing is written unless the person is visible to the user and every agency exists; the flags
// say which failed.
OPTIONAL MATCH (p:Person {id: $personId})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
WITH p, COLLECT { MATCH (a:Agency) WHERE a.id IN $agencyIds RETURN a } AS agencies
OPTIONAL CALL (p, agencies) {
  WITH p, agencies
  WHERE p IS NOT NULL AND size(agencies) = size($agencyIds)
  MERGE (c:Consent {id: $id})
  ON CREATE SET c.givenBy = $givenBy, c.scope = $scope, c.givenOn = date($givenOn), c.expiresOn = date($expiresOn),
                c.recordedById = $userId, c.recordedBy = $userName, c.version = 1,
                c.createdAt = datetime(), c.updatedAt = datetime()
  MERGE (c)-[:ABOUT]->(p)
  WITH c, p, agencies
  CALL (c, agencies) {
    UNWIND agencies AS a
    MERGE (c)-[:SHARED_WITH]->(a)
  }
  RETURN c {.*, personId: p.id, agencyIds: [a IN agencies | a.id]} AS consent
}
RETURN p IS NOT NULL AS personOk, size(agencies) = size($agencyIds) AS agenciesOk, consent, p {.*} AS person
