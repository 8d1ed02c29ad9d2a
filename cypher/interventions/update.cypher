// $dates holds only the date fields the input named (null clears one); $props the other fields.
MATCH (i:Intervention {id: $id})
SET i += $props,
    i.startDate = CASE WHEN 'startDate' IN keys($dates) THEN date($dates.startDate) ELSE i.startDate END,
    i.endDate = CASE WHEN 'endDate' IN keys($dates) THEN date($dates.endDate) ELSE i.endDate END,
    i.nextFollowUp = CASE WHEN 'nextFollowUp' IN keys($dates) THEN date($dates.nextFollowUp) ELSE i.nextFollowUp END,
    i.version = i.version + 1, i.updatedAt = datetime(), i.lastWriteId = $writeId
RETURN i.id AS id
