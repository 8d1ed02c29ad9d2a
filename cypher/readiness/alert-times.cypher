// The instants the time-to-convene statistics need, for alerts raised on or after $from.
MATCH (a:ReadinessAlert)
WHERE a.raisedAt >= datetime($from) AND ($areaId IS NULL OR EXISTS { (a)-[:FOR_AREA]->(:Area {id: $areaId}) })
RETURN a.raisedAt AS raisedAt, a.convenedAt AS convenedAt, a.closedAt AS closedAt
