// Retired factors stay (assessments and interventions refer to them) but are not offered anew.
MATCH (f:Factor {id: $id})
SET f.retired = true, f.version = f.version + 1, f.updatedAt = datetime(), f.lastWriteId = $writeId
RETURN f {.*} AS factor
