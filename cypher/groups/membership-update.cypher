MATCH (p:Person)-[m:MEMBER_OF {id: $id}]->(g:Group)
SET m.role = $role, m.version = m.version + 1, m.updatedAt = datetime(), m.lastWriteId = $writeId
RETURN m {.*, personId: p.id, groupId: g.id} AS membership, p {.*} AS person
