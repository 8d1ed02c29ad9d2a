// The information about a person on one of the user's boards that the user may see: of its own
// agency's pieces the classes in $ownClasses, of other agencies' those in $otherClasses (both
// worked out from the access policy for the user's role and purpose: another agency's internal
// notes are never among them). A piece shared on a consent only while that consent is live and
// names the user's agency. Anything else is never read.
MATCH (p:Person {id: $id})
WHERE EXISTS { (p)<-[:INCLUDES]-(:Board)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (:User {id: $userId})-[:WORKS_AT]->(mine:Agency)
MATCH (i:SharedInformation)-[:ABOUT]->(p)
WHERE CASE WHEN i.sourceAgencyId = mine.id THEN i.class IN $ownClasses ELSE i.class IN $otherClasses END
  AND (i.consentId IS NULL OR EXISTS {
    MATCH (c:Consent {id: i.consentId})-[:SHARED_WITH]->(:Agency)<-[:WORKS_AT]-(:User {id: $userId})
    WHERE c.withdrawnAt IS NULL AND (c.expiresOn IS NULL OR c.expiresOn > date())
  })
RETURN i {.*, personId: p.id} AS information
ORDER BY i.sharedOn DESC, i.createdAt DESC, i.id
