MATCH (a:Area {id: $id})
RETURN a {.*} AS area
