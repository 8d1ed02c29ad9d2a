// Test only: the database's clock, so "rows since" does not depend on the test process's clock.
RETURN toString(datetime()) AS now
