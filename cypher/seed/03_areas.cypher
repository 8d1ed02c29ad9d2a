UNWIND $rows AS row
MERGE (a:Area {id: row.id})
ON CREATE SET
  a.name = row.name,
  a.municipality = row.municipality,
  // The level after the demo's last level change (96_level_changes.cypher holds the history).
  a.level = row.level,
  a.version = 1,
  a.createdAt = datetime(),
  a.updatedAt = datetime()
