// Text search only matches for roles that may see identities ($identity); others page by id.
MATCH (:User {id: $userId})-[:ON_TEAM]->(:Board)-[:INCLUDES]->(p:Person)
WITH DISTINCT p
WHERE ($search IS NULL OR ($identity AND (toLower(p.alias) CONTAINS toLower($search)
        OR toLower(coalesce(p.name, '')) CONTAINS toLower($search))))
  AND ($after IS NULL OR p.id > $after)
RETURN p {.*} AS person
ORDER BY p.id
LIMIT $limit
