import type { auditEn } from './en.js';

export const auditDa: typeof auditEn = {
  csv: {
    at: 'Tidspunkt (UTC)',
    username: 'Bruger',
    role: 'Rolle',
    agency: 'Myndighed',
    action: 'Handling',
    purpose: 'Formål',
    people: 'Personer (id)',
  },
  exportTooLarge: 'Mere end {{max}} rækker passer. Afgræns filteret (en kortere periode, én bruger eller én person), og eksportér igen.',
};
