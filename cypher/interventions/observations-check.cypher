// Which observed people and factors a follow-up may not record: people must be on the
// intervention's board, factors in the catalogue and not retired. No row: the intervention is
// not on a board of the user's.
MATCH (b:Board)-[:HAS_INTERVENTION]->(i:Intervention {id: $interventionId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN
  [pid IN $personIds WHERE NOT EXISTS { (b)-[:INCLUDES]->(:Person {id: pid}) }] AS badPeople,
  [fid IN $factorIds WHERE NOT EXISTS { (:Factor {id: fid}) }] AS badFactors,
  [fid IN $factorIds WHERE EXISTS { MATCH (f:Factor {id: fid}) WHERE coalesce(f.retired, false) }] AS retiredFactors
