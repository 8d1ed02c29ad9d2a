import { describe, expect, it } from 'vitest';
import { looksLikeEmail } from './email.js';

describe('looksLikeEmail', () => {
  it('takes ordinary addresses', () => {
    for (const ok of ['anders.lund@kommune.dk', 'a@b.se', 'beredskab+alarm@fritid.kommune.dk']) expect(looksLikeEmail(ok), ok).toBe(true);
  });

  it('catches the usual typos, and more than the server keeps (200 characters)', () => {
    for (const bad of ['', 'anders.lund', 'anders.lund@', '@kommune.dk', 'anders lund@kommune.dk', 'anders@kommune', 'anders@kommune..dk', 'anders@@kommune.dk', `${'a'.repeat(196)}@b.dk`]) {
      expect(looksLikeEmail(bad), bad).toBe(false);
    }
  });
});
