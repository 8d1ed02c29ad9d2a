// A follow-up that sets the next date edits the intervention: its version goes up, so an edit
// prepared against the old version is refused rather than silently undoing the new date.
MATCH (i:Intervention {id: $id})
SET i.nextFollowUp = date($nextFollowUp), i.version = i.version + 1, i.updatedAt = datetime(), i.lastWriteId = $writeId
RETURN i.id AS id
