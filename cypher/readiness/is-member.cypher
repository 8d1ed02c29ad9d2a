RETURN EXISTS { (:User {id: $userId})-[:IN_READINESS_TEAM]->(:ReadinessTeam) } AS member
