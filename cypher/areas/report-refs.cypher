// Whether a report's area exists and its place (if named) is in that area: checked before writing,
// so the error can say which one is wrong.
RETURN EXISTS { (:Area {id: $areaId}) } AS areaOk,
       ($placeId IS NULL OR EXISTS { (:Place {id: $placeId})-[:IN_AREA]->(:Area {id: $areaId}) }) AS placeOk
