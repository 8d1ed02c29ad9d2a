// The path finder: two people picked from selects (no clicking on the canvas needed), one shortest
// path highlighted on the board and written out step by step with the tie types, or a plain "no path".
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../context.js';
import type { AnalysisController } from './useAnalysis.js';
import { PersonSelect } from './PersonSelect.js';
import { NS } from './strings.js';

export function PathFinder({ a }: { a: AnalysisController }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation(NS);
  const b = useBoard();
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const find = () => {
    if (from === to) {
      setProblem(ta('path.same'));
      return;
    }
    setProblem(null);
    void a.findPath(from, to);
  };
  const p = a.path;
  return (
    <section aria-labelledby={`${id}-title`} className="an-section">
      <h3 id={`${id}-title`}>{ta('path.title')}</h3>
      <PersonSelect label={ta('path.from')} value={from} onChange={setFrom} id={`${id}-from`} />
      <PersonSelect label={ta('path.to')} value={to} onChange={setTo} id={`${id}-to`} />
      {problem && <p role="alert" className="an-problem">{problem}</p>}
      <div className="an-actions">
        <button type="button" className="btn btn-primary" disabled={!from || !to} onClick={find}>{ta('path.find')}</button>
        {p && <button type="button" className="btn" onClick={a.clearPath}>{ta('path.clear')}</button>}
      </div>
      <div aria-live="polite" data-testid="path-result">
        {p && p.path && (
          <>
            <p>{ta('path.found', { from: b.nameOf(p.fromId), to: b.nameOf(p.toId), hops: p.path.hops })}</p>
            <ol className="an-steps">
              {p.path.steps.map((s, i) => (
                <li key={i}>{ta('path.step', { from: b.nameOf(s.from.id), to: b.nameOf(s.to.id), types: s.types.map((x) => t(`tieTypes.${x}`)).join(', ') })}</li>
              ))}
            </ol>
          </>
        )}
        {p && !p.path && <p className="notice">{ta('path.none', { from: b.nameOf(p.fromId), to: b.nameOf(p.toId) })}</p>}
      </div>
    </section>
  );
}
