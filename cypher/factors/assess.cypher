// The person must be on one of the user's boards, the factor in the catalogue and not retired,
// and the source agency (when given) known, and a note allowed ($noteOk: the agency-internal note
// rule, assessments/notes.ts); otherwise the flags say which, and nothing is written.
OPTIONAL MATCH (p:Person {id: $personId})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (f:Factor {id: $factorId})
OPTIONAL MATCH (ag:Agency {id: $sourceAgencyId})
WITH p, f, ($sourceAgencyId IS NULL OR ag IS NOT NULL) AS agencyOk
OPTIONAL CALL (p, f, agencyOk) {
  WITH p, f, agencyOk
  WHERE p IS NOT NULL AND f IS NOT NULL AND NOT coalesce(f.retired, false) AND agencyOk AND $noteOk
  MERGE (fa:FactorAssessment {id: $id})
  ON CREATE SET fa.level = $level, fa.assessedOn = date($assessedOn), fa.sourceAgencyId = $sourceAgencyId,
                fa.legalBasis = $legalBasis, fa.note = $note, fa.consentId = $consentId, fa.statuteCode = $statuteCode, fa.version = 1,
                fa.createdAt = datetime(), fa.updatedAt = datetime()
  MERGE (fa)-[:OF_PERSON]->(p)
  MERGE (fa)-[:OF_FACTOR]->(f)
  RETURN fa {.*, personId: p.id, factorId: f.id} AS assessment
}
RETURN p IS NOT NULL AS personOk, f IS NOT NULL AS factorOk, coalesce(f.retired, false) AS factorRetired, agencyOk, assessment, p {.*} AS person
