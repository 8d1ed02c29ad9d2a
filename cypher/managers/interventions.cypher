// The covered boards' interventions with what the aggregates need: level, status, dates, cost,
// whom and what they target, and which agencies carry them. No titles, notes or follow-ups.
UNWIND $boardIds AS bid
MATCH (b:Board {id: bid})-[:HAS_INTERVENTION]->(i:Intervention)
RETURN i {
  .id, .level, .status, .startDate, .endDate, .costAmount, .costUnit, .costCurrency,
  boardId: b.id,
  targetPersonIds: COLLECT { MATCH (i)-[:TARGETS]->(p:Person) RETURN p.id },
  targetGroupIds: COLLECT { MATCH (i)-[:TARGETS]->(g:Group) RETURN g.id },
  targetAreaIds: COLLECT { MATCH (i)-[:TARGETS]->(a:Area) RETURN a.id },
  strengthensIds: COLLECT { MATCH (i)-[:STRENGTHENS]->(f:Factor) RETURN f.id },
  reducesIds: COLLECT { MATCH (i)-[:REDUCES]->(f:Factor) RETURN f.id },
  responsibleAgencyId: COLLECT { MATCH (i)-[:RESPONSIBLE_AGENCY]->(a:Agency) RETURN a.id }[0],
  involvedAgencyIds: COLLECT { MATCH (i)-[:INVOLVES]->(a:Agency) RETURN a.id }
} AS intervention
ORDER BY i.id
