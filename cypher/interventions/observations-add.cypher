// Each observation becomes a factor assessment dated the follow-up's date, linked to the
// follow-up. Runs after observations-check.cypher found every reference usable.
MATCH (fu:FollowUp {id: $followUpId})
UNWIND $observations AS o
MATCH (p:Person {id: o.personId})
MATCH (f:Factor {id: o.factorId})
MERGE (fa:FactorAssessment {id: o.id})
ON CREATE SET fa.level = o.level, fa.assessedOn = date($date), fa.sourceAgencyId = $sourceAgencyId,
              fa.legalBasis = o.legalBasis, fa.note = o.note, fa.version = 1,
              fa.createdAt = datetime(), fa.updatedAt = datetime()
MERGE (fa)-[:OF_PERSON]->(p)
MERGE (fa)-[:OF_FACTOR]->(f)
MERGE (fu)-[:OBSERVED]->(fa)
RETURN fa {.*, personId: p.id, factorId: f.id} AS assessment, p {.*} AS person
