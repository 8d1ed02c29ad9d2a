// Test only (policy matrix): whether a user is on a board's team, and on the readiness team.
MATCH (u:User {id: $userId})
RETURN EXISTS { (u)-[:ON_TEAM]->(:Board {id: $boardId}) } AS onTeam,
       EXISTS { (u)-[:IN_READINESS_TEAM]->(:ReadinessTeam) } AS inReadinessTeam
