// Over the board while a what-if is shown: says that nothing has changed and offers the way back.
import { useTranslation } from 'react-i18next';
import type { AnalysisController } from './useAnalysis.js';
import { NS } from './strings.js';

export function WhatIfBanner({ a }: { a: AnalysisController }) {
  const { t: ta } = useTranslation(NS);
  if (!a.whatIf) return null;
  return (
    <p className="what-if-banner" role="status">
      {ta('whatIf.banner')}{' '}
      <button type="button" className="btn btn-small" onClick={a.leaveWhatIf}>{ta('whatIf.leave')}</button>
    </p>
  );
}
