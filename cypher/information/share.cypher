// Shares a piece of information about a person on one of the user's boards, as the user's own
// agency's. §115 information only from a police agency. The flags say what failed; nothing is
// written then.
OPTIONAL MATCH (p:Person {id: $personId})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (:User {id: $userId})-[:WORKS_AT]->(ag:Agency)
WITH p, ag, ag IS NOT NULL AND ($class <> 'POLICE_115' OR ag.kind = 'POLICE') AS agencyOk
OPTIONAL CALL (p, ag, agencyOk) {
  WITH p, ag, agencyOk
  WHERE p IS NOT NULL AND agencyOk
  MERGE (i:SharedInformation {id: $id})
  ON CREATE SET i.class = $class, i.text = $text, i.sourceAgencyId = ag.id, i.legalBasis = $legalBasis,
                i.consentId = $consentId, i.statuteCode = $statuteCode, i.purposeRestriction = $purposeRestriction,
                i.recordedById = $userId, i.recordedBy = $userName, i.sharedOn = date(), i.version = 1,
                i.createdAt = datetime(), i.updatedAt = datetime()
  MERGE (i)-[:ABOUT]->(p)
  RETURN i {.*, personId: p.id} AS information
}
RETURN p IS NOT NULL AS personOk, ag IS NOT NULL AS hasAgency, agencyOk, information, p {.*} AS person
