// keyTaken: another factor has the key (keys are what assessments and reports refer to), and
// nothing was written. The uniqueness constraint on :Factor(key) still guards a race.
OPTIONAL MATCH (other:Factor {key: $key})
WHERE other.id <> $id
WITH other IS NOT NULL AS keyTaken
CALL (keyTaken) {
  WITH keyTaken WHERE NOT keyTaken
  MERGE (f:Factor {id: $id})
  ON CREATE SET f += $props, f.key = $key, f.retired = false, f.version = 1,
                f.createdAt = datetime(), f.updatedAt = datetime()
}
OPTIONAL MATCH (f:Factor {id: $id})
WHERE NOT keyTaken
RETURN keyTaken, f {.*} AS factor
