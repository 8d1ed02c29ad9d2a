// Every editable node carries a version for optimistic concurrency; data loaded before
// versioning existed (or by hand) gets version 1.
MATCH (n) WHERE (n:Person OR n:Group OR n:Board OR n:Agency OR n:AgencyContact OR n:Area OR n:Place OR n:Community OR n:Factor OR n:Intervention) AND n.version IS NULL
SET n.version = 1;
