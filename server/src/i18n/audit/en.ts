// Messages of the access-log reviews and of retention (issue 6): CSV headers, errors.
export const auditEn = {
  csv: {
    at: 'Time (UTC)',
    username: 'User',
    role: 'Role',
    agency: 'Agency',
    action: 'Action',
    purpose: 'Purpose',
    people: 'People (ids)',
  },
  exportTooLarge: 'More than {{max}} rows match. Narrow the filter (a shorter period, one user or one person) and export again.',
};
