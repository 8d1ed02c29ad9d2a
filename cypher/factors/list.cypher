MATCH (f:Factor)
WHERE $includeRetired OR NOT coalesce(f.retired, false)
RETURN f {.*} AS factor
ORDER BY f.kind, f.domain, f.key
