MERGE (a:Agency {id: $id})
ON CREATE SET a.name = $name, a.kind = $kind, a.municipality = $municipality, a.version = 1,
              a.createdAt = datetime(), a.updatedAt = datetime()
RETURN a {.*} AS agency
