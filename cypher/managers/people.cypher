// The young people on the covered boards, each with those boards, their areas and the groups
// they are in on $asOf (for working out which interventions reach them).
UNWIND $boards AS row
MATCH (b:Board {id: row.boardId})-[:INCLUDES]->(p:Person {kind: 'YOUNG_PERSON'})
WITH p, collect(DISTINCT row.boardId) AS boardIds, collect(DISTINCT row.areaId) AS areaIds
RETURN p.id AS id, boardIds, [x IN areaIds WHERE x IS NOT NULL] AS areaIds,
  COLLECT {
    MATCH (p)-[m:MEMBER_OF]->(g:Group)
    WHERE m.validFrom <= date($asOf) AND (m.validTo IS NULL OR m.validTo > date($asOf))
    RETURN g.id
  } AS groupIds
ORDER BY id
