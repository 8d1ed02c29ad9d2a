// The planning view's scope on a board of the user's: the board's young people, or one of them
// ($personId), or the members of one of its groups on $asOf ($groupId), each with the groups
// they are in on $asOf and the agencies of the contacts responsible for them; and the agencies of
// the board's team. No row: the board is not the user's. personOk/groupOk: the person or group is
// on the board (or was not asked for).
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (b)-[:IN_AREA]->(a:Area)
RETURN b {.*, areaId: a.id} AS board, a.id AS areaId,
  ($personId IS NULL OR EXISTS { (b)-[:INCLUDES]->(:Person {id: $personId}) }) AS personOk,
  ($groupId IS NULL OR EXISTS { (b)-[:INCLUDES_GROUP]->(:Group {id: $groupId}) }) AS groupOk,
  COLLECT {
    MATCH (b)-[inc:INCLUDES]->(p:Person {kind: 'YOUNG_PERSON'})
    WHERE ($personId IS NULL OR p.id = $personId)
      AND ($groupId IS NULL OR EXISTS {
        MATCH (p)-[m:MEMBER_OF]->(:Group {id: $groupId})
        WHERE m.validFrom <= date($asOf) AND (m.validTo IS NULL OR m.validTo > date($asOf))
      })
    RETURN p {
      .*,
      toneSetter: coalesce(inc.toneSetter, false),
      groupIds: COLLECT {
        MATCH (p)-[m:MEMBER_OF]->(g:Group)
        WHERE m.validFrom <= date($asOf) AND (m.validTo IS NULL OR m.validTo > date($asOf))
        RETURN g.id
      },
      contactAgencyIds: COLLECT { MATCH (p)<-[:RESPONSIBLE_FOR]-(:AgencyContact)-[:AT]->(ag:Agency) RETURN DISTINCT ag.id }
    } ORDER BY p.id
  } AS people,
  COLLECT { MATCH (b)<-[:ON_TEAM]-(:User)-[:WORKS_AT]->(ag:Agency) RETURN DISTINCT ag.id } AS teamAgencyIds
