// The range index on AuditEvent.personIds stored each list as one index key, limited to ~8 KB: an
// access-log row naming more than ~190 people (reading a board that size) failed to commit, and
// with it the read. Membership tests (`$id IN a.personIds`) never used the index.
DROP INDEX audit_person IF EXISTS;
