// Which referenced ids an intervention on this board may not use: people and groups must be on
// the board, factors in the catalogue, areas, agencies and contact known. No row: the board is not
// the user's.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN
  [id IN coalesce($personIds, []) WHERE NOT EXISTS { (b)-[:INCLUDES]->(:Person {id: id}) }] AS badPeople,
  [id IN coalesce($groupIds, []) WHERE NOT EXISTS { (b)-[:INCLUDES_GROUP]->(:Group {id: id}) }] AS badGroups,
  [id IN coalesce($strengthensIds, []) WHERE NOT EXISTS { (:Factor {id: id}) }] AS badStrengthens,
  [id IN coalesce($reducesIds, []) WHERE NOT EXISTS { (:Factor {id: id}) }] AS badReduces,
  [id IN coalesce($areaIds, []) WHERE NOT EXISTS { (:Area {id: id}) }] AS badAreas,
  [id IN coalesce($involvedIds, []) WHERE NOT EXISTS { (:Agency {id: id}) }] AS badInvolved,
  ($agencyId IS NULL OR EXISTS { (:Agency {id: $agencyId}) }) AS agencyOk,
  ($contactId IS NULL OR EXISTS { (:AgencyContact {id: $contactId}) }) AS contactOk
