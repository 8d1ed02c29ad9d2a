// The header's link to the factor catalogue, shown to admins only (kept apart from the page, which
// loads only when opened).
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.js';
import { NS } from './navStrings.js';

export const factorsPath = '/factors';

export function FactorsNav() {
  const { t: tn } = useTranslation(NS);
  return (
    <nav className="nav-situation" aria-label={tn('label')}>
      <a href={factorsPath} onClick={(e) => { e.preventDefault(); navigate(factorsPath); }}>{tn('link')}</a>
    </nav>
  );
}
