// Whether an action's agency exists and its intervention is on a board whose team the user is on.
RETURN ($agencyId IS NULL OR EXISTS { (:Agency {id: $agencyId}) }) AS agencyOk,
       ($interventionId IS NULL OR EXISTS {
         (:User {id: $userId})-[:ON_TEAM]->(:Board)-[:HAS_INTERVENTION]->(:Intervention {id: $interventionId})
       }) AS interventionOk
