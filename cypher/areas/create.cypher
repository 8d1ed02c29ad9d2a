MERGE (a:Area {id: $id})
ON CREATE SET a.name = $name, a.municipality = $municipality, a.version = 1,
              a.createdAt = datetime(), a.updatedAt = datetime()
RETURN a {.*} AS area
