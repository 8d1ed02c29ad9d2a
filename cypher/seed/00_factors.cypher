// Factor catalogue: reference data, loaded in every environment. ON CREATE only, so a reload never
// overwrites an administrator's later edits or un-retires a factor.
UNWIND $rows AS row
MERGE (f:Factor {id: row.id})
ON CREATE SET
  f.key = row.key,
  f.kind = row.kind,
  f.domain = row.domain,
  f.nameSv = row.nameSv,
  f.nameDa = row.nameDa,
  f.nameEn = row.nameEn,
  f.descriptionSv = row.descriptionSv,
  f.descriptionDa = row.descriptionDa,
  f.descriptionEn = row.descriptionEn,
  f.source = row.source,
  f.retired = false,
  f.version = 1,
  f.createdAt = datetime(),
  f.updatedAt = datetime()
