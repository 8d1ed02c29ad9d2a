// An action of an alert (of any state: actions are followed up after an alert closes).
MATCH (:ReadinessAlert)-[:HAS_ACTION]->(x:ActionItem {id: $id})
SET x.done = $done, x.doneAt = CASE WHEN $done THEN coalesce(x.doneAt, datetime()) ELSE null END,
    x.version = x.version + 1, x.updatedAt = datetime()
RETURN x {.*, agencyId: COLLECT { MATCH (x)-[:BY_AGENCY]->(g:Agency) RETURN g.id }[0],
          interventionId: COLLECT { MATCH (x)-[:CARRIES_OUT]->(i:Intervention) RETURN i.id }[0]} AS action
