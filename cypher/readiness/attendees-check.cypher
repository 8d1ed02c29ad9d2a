// Attendee ids that are not staff accounts (unknown, or an outside reporter).
RETURN [id IN $ids WHERE NOT EXISTS { (u:User {id: id}) WHERE u.role <> 'REPORTER' }] AS bad
