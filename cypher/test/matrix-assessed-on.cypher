// Test only (policy matrix): the days a person's factor assessments were made on.
MATCH (:Person {id: $id})<-[:OF_PERSON]-(fa:FactorAssessment)
RETURN collect(toString(fa.assessedOn)) AS days
