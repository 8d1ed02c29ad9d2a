import { useTranslation } from 'react-i18next';
import { dismiss, useNotes } from './notify.js';

export function Toasts() {
  const { t } = useTranslation();
  const notes = useNotes();
  // Both regions stay in the DOM so screen readers announce what is added to them.
  return (
    <div className="toasts">
      <div role="status" aria-live="polite">
        {notes.filter((n) => n.kind === 'info').map((n) => (
          <div key={n.id} className="toast">
            <span>{n.text}</span>
            <button type="button" className="btn-icon" aria-label={t('app.dismiss')} onClick={() => dismiss(n.id)}>×</button>
          </div>
        ))}
      </div>
      <div role="alert" aria-live="assertive">
        {notes.filter((n) => n.kind === 'error').map((n) => (
          <div key={n.id} className="toast toast-error">
            <span>{n.text}</span>
            <button type="button" className="btn-icon" aria-label={t('app.dismiss')} onClick={() => dismiss(n.id)}>×</button>
          </div>
        ))}
      </div>
    </div>
  );
}
