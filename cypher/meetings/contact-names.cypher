// Names of agency contacts (professionals, not young people), for the minutes' "who".
MATCH (c:AgencyContact)
WHERE c.id IN $ids
RETURN c.id AS id, c.name AS name
