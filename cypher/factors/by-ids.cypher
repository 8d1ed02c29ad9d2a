MATCH (f:Factor)
WHERE f.id IN $ids
RETURN f {.*} AS factor
ORDER BY f.kind, f.domain, f.key
