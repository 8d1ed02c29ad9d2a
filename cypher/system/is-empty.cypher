// "Empty" for seeding: no boards and no users yet (the factor catalogue does not count).
OPTIONAL MATCH (b:Board) WITH count(b) AS boards
OPTIONAL MATCH (u:User) WITH boards, count(u) AS users
RETURN boards = 0 AND users = 0 AS empty
