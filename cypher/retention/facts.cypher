// What the retention rule needs to know about people (retention/rule.ts): birth year, the boards
// they are on (how many still open, when the last closed), and their last change. $ids null: every
// person (the purge); otherwise only those (Person.retainUntil, the re-check before erasing).
MATCH (p:Person)
WHERE $ids IS NULL OR p.id IN $ids
OPTIONAL MATCH (p)<-[:INCLUDES]-(b:Board)
WITH p, count(b) AS boards, count(b.closedAt) AS closed, max(b.closedAt) AS lastClosedAt
RETURN p.id AS id, p.birthYear AS birthYear, boards, boards - closed AS openBoards, lastClosedAt,
       coalesce(p.updatedAt, p.createdAt) AS changedAt
