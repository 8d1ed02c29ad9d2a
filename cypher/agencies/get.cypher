MATCH (a:Agency {id: $id})
RETURN a {.*} AS agency
