// The toolbar's switch for the analysis panel (in the toolbar's "view" group's spirit: it changes
// what the board shows, never the board).
import { useTranslation } from 'react-i18next';
import { NS } from './strings.js';

export function AnalysisToggle({ open, onToggle }: { open: boolean; onToggle(open: boolean): void }) {
  const { t: ta } = useTranslation(NS);
  return (
    <div className="toolbar-group" role="group" aria-label={ta('title')}>
      <button type="button" className="btn" aria-pressed={open} aria-controls={open ? 'analysis-panel' : undefined} onClick={() => onToggle(!open)}>
        {ta('toggle')}
      </button>
    </div>
  );
}
