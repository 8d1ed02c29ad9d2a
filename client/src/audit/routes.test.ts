import { describe, expect, it } from 'vitest';
import { parseAuditRoute, subjectPath } from './routes.js';

describe('audit routes', () => {
  it('reads the access log and a subject-access report, and nothing else', () => {
    expect(parseAuditRoute('/audit')).toEqual({ name: 'audit' });
    expect(parseAuditRoute('/audit/')).toEqual({ name: 'audit' });
    expect(parseAuditRoute(subjectPath('per_a/b'))).toEqual({ name: 'auditSubject', id: 'per_a/b' });
    expect(parseAuditRoute('/audit/people/')).toBeNull();
    expect(parseAuditRoute('/boards')).toBeNull();
  });
});
