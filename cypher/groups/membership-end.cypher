// Ending keeps the relationship (history: the board as it was); only validTo is set.
MATCH (p:Person)-[m:MEMBER_OF {id: $id}]->(g:Group)
SET m.validTo = date($validTo), m.version = m.version + 1, m.updatedAt = datetime(), m.lastWriteId = $writeId
RETURN m {.*, personId: p.id, groupId: g.id} AS membership, p {.*} AS person
