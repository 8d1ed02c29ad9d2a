// The board of a meeting the user may write to (on its team). No row: unknown or not the user's.
MATCH (b:Board)-[:HAS_MEETING]->(m:Meeting {id: $meetingId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN b.id AS boardId
