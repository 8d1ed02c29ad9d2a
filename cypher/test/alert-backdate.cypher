// Test only: moves an alert's times into the past, for time-to-convene statistics worked out by hand.
MATCH (a:ReadinessAlert {id: $id})
SET a.raisedAt = datetime($raisedAt),
    a.deadline = datetime($raisedAt) + duration({hours: 24}),
    a.convenedAt = CASE WHEN $convenedAt IS NULL THEN null ELSE datetime($convenedAt) END,
    a.closedAt = CASE WHEN $closedAt IS NULL THEN null ELSE datetime($closedAt) END,
    a.status = $status
RETURN a.id AS id
