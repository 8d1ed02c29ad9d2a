// Where to e-mail an alert: team members with an address, but not the one who raised it.
MATCH (m:User)-[t:IN_READINESS_TEAM]->(:ReadinessTeam)
WHERE m.id <> $actorId AND t.email IS NOT NULL AND NOT coalesce(m.disabled, false)
RETURN t.email AS email
ORDER BY email
