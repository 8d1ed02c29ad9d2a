// Every report of the overview's weeks (ISO week strings sort in time order), for the heat map.
MATCH (r:SituationReport)-[:ABOUT]->(a:Area)
WHERE r.week >= $fromWeek AND r.week <= $toWeek
RETURN a.id AS areaId, r.week AS week, r.level AS level
