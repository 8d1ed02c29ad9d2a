MATCH (u:User {id: $userId})
OPTIONAL MATCH (u)-[m:IN_READINESS_TEAM]->(:ReadinessTeam)
DELETE m
RETURN u.id AS id
