// The boards a manager's aggregates cover: every board of the municipality of the manager's
// agency. A board belongs to the municipality of its area; a board without an area to the
// municipalities of its team's agencies. Managers are on no team: this, not ON_TEAM, is their
// scope, and nothing read here leaves the server except as suppressed aggregates.
MATCH (:User {id: $userId})-[:WORKS_AT]->(own:Agency)
WITH own.municipality AS m
WHERE m IS NOT NULL
MATCH (b:Board)
OPTIONAL MATCH (b)-[:IN_AREA]->(a:Area)
WITH m, b, a
WHERE a.municipality = m
   OR (a IS NULL AND EXISTS { (b)<-[:ON_TEAM]-(:User)-[:WORKS_AT]->(:Agency {municipality: m}) })
RETURN m AS municipality, b.id AS boardId, a.id AS areaId
ORDER BY b.id
