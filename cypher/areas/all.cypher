MATCH (a:Area)
RETURN a {.*} AS area
ORDER BY a.name, a.id
