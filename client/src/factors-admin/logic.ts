// The catalogue page's pure rules: a factor's name in the UI language and the order it is listed in.
import type { CatalogueFactorFragment } from '../generated/graphql.js';

type Names = Pick<CatalogueFactorFragment, 'nameSv' | 'nameDa' | 'nameEn'>;

/** The name in the UI language (its first two letters), English when that one is missing. */
export function nameIn(f: Names, lang: string): string {
  const code = lang.slice(0, 2);
  const name = code === 'sv' ? f.nameSv : code === 'da' ? f.nameDa : f.nameEn;
  return name || f.nameEn;
}

const DOMAINS = ['INDIVIDUAL', 'PEERS', 'FAMILY', 'SCHOOL', 'COMMUNITY'];

/** Active before retired, then risk before protective, by domain (framework order), then by name. */
export function catalogueOrder<T extends Names & Pick<CatalogueFactorFragment, 'retired' | 'kind' | 'domain'>>(list: T[], lang: string): T[] {
  const collator = new Intl.Collator(lang);
  return [...list].sort(
    (a, b) =>
      Number(a.retired) - Number(b.retired) ||
      (a.kind === b.kind ? 0 : a.kind === 'RISK' ? -1 : 1) ||
      DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain) ||
      collator.compare(nameIn(a, lang), nameIn(b, lang)),
  );
}
