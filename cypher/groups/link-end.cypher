MATCH (s:Group)-[l:GROUP_LINK {id: $id}]->(t:Group)
SET l.validTo = date($validTo), l.version = l.version + 1, l.updatedAt = datetime(), l.lastWriteId = $writeId
RETURN l {.*, sourceId: s.id, targetId: t.id} AS link
