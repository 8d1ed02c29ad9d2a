import type { auditEn } from './en.js';

export const auditSv: typeof auditEn = {
  csv: {
    at: 'Tid (UTC)',
    username: 'Användare',
    role: 'Roll',
    agency: 'Myndighet',
    action: 'Åtgärd',
    purpose: 'Syfte',
    people: 'Personer (id)',
  },
  exportTooLarge: 'Fler än {{max}} rader matchar. Begränsa filtret (en kortare period, en användare eller en person) och exportera igen.',
};
