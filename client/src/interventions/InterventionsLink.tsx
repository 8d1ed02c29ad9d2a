// The link to a board's interventions page, for the planning page (and anywhere else that wants it).
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.js';
import { interventionsPath } from './route.js';
import { NS } from './strings.js';

export function InterventionsLink({ boardId, className }: { boardId: string; className?: string }) {
  const { t: ti } = useTranslation(NS);
  const path = interventionsPath(boardId);
  return (
    <a className={className} href={path} onClick={(e) => { if (e.ctrlKey || e.metaKey || e.shiftKey) return; e.preventDefault(); navigate(path); }}>
      {ti('open')}
    </a>
  );
}
