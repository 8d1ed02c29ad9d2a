// $props holds only the names and descriptions the input named (null clears a description).
// Key, kind and domain are never edited here: recorded assessments keep their meaning.
MATCH (f:Factor {id: $id})
SET f += $props, f.version = f.version + 1, f.updatedAt = datetime(), f.lastWriteId = $writeId
RETURN f {.*} AS factor
