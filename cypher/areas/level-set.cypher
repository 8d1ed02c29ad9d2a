// Sets an area's level and records the change (who, when, why). Takes the area's write lock first,
// so two changes at once are recorded one after the other with the right "previous". No row: the
// area is unknown. changed is false (and nothing is written) when the level is already this one;
// a replayed write (same $id) is recognised and not recorded twice.
MATCH (a:Area {id: $areaId})
SET a.lockedAt = datetime()
REMOVE a.lockedAt
WITH a, coalesce(a.level, 'NORMAL') AS previous
WITH a, previous, EXISTS { (:AreaLevelChange {id: $id}) } AS replay
WITH a, previous, replay, replay OR previous <> $level AS changed
CALL (a, previous, replay, changed) {
  WITH a, previous, changed, replay WHERE changed AND NOT replay
  CREATE (c:AreaLevelChange {id: $id, level: $level, previous: previous, reason: $reason,
                             changedAt: datetime(), changedBy: $userName, changedById: $userId})
  CREATE (c)-[:OF_AREA]->(a)
  SET a.level = $level, a.levelChangedAt = c.changedAt
  WITH c
  OPTIONAL MATCH (x:ReadinessAlert {id: $alertId})
  FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | CREATE (c)-[:BY_ALERT]->(x))
}
RETURN a {.*} AS area, changed
