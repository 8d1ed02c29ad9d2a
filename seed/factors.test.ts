import { describe, expect, it } from 'vitest';
import { factorCatalogue } from './factors.js';
import type { FactorDomain, FactorKind } from './types.js';
import { validateFactors } from './validate.js';

const DOMAINS: FactorDomain[] = ['INDIVIDUAL', 'PEERS', 'FAMILY', 'SCHOOL', 'COMMUNITY'];
const KINDS: FactorKind[] = ['PROTECTIVE', 'RISK'];

describe('factorCatalogue', () => {
  it('has 30–40 factors that pass validation', () => {
    expect(factorCatalogue.length).toBeGreaterThanOrEqual(30);
    expect(factorCatalogue.length).toBeLessThanOrEqual(40);
    expect(() => validateFactors(factorCatalogue)).not.toThrow();
  });

  it('covers every domain with both risk and protective factors', () => {
    for (const domain of DOMAINS) {
      for (const kind of KINDS) {
        expect(factorCatalogue.filter((f) => f.domain === domain && f.kind === kind).length, `${kind} ${domain}`).toBeGreaterThan(0);
      }
    }
  });

  it('has unique keys that spell out kind and domain', () => {
    const keys = factorCatalogue.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of factorCatalogue) {
      const kind = f.kind === 'RISK' ? 'risk' : 'protective';
      expect(f.key).toMatch(new RegExp(`^${kind}\\.${f.domain.toLowerCase()}\\.[a-z_]+$`));
    }
  });

  it('has a name and a one-sentence description in Swedish, Danish and English', () => {
    for (const f of factorCatalogue) {
      for (const lang of ['sv', 'da', 'en'] as const) {
        expect(f.name[lang].trim(), `${f.key} name.${lang}`).not.toBe('');
        expect(f.name[lang].length, `${f.key} name.${lang}`).toBeLessThanOrEqual(50);
        expect(f.description[lang], `${f.key} description.${lang}`).toMatch(/^[A-ZÅÄÖÆØ].*\.$/);
        expect(f.description[lang].slice(0, -1), `${f.key} description.${lang}`).not.toMatch(/\. [A-ZÅÄÖÆØ]/);
      }
      expect(f.source).toMatch(/Communities That Care|Socialstyrelsen/);
    }
  });

  it('has distinct names within each language', () => {
    for (const lang of ['sv', 'da', 'en'] as const) {
      const names = factorCatalogue.map((f) => f.name[lang]);
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });
});
