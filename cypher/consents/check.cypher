// Whether a consent may carry new data: about one of the data's people (on one of the user's
// boards, else it does not exist for them), live today, covering the scope and the source agency.
MATCH (c:Consent {id: $consentId})-[:ABOUT]->(p:Person)
WHERE p.id IN $personIds
  AND EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
RETURN c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date()) AS live,
       $scope IN c.scope AS coversScope,
       EXISTS { (c)-[:SHARED_WITH]->(:Agency {id: $sourceAgencyId}) } AS coversAgency
LIMIT 1
