// What-if: choose people to take out (and, if wanted, ties to end or planned ties to add), see
// the board after the change with what changed marked, and the result in words. Nothing is saved;
// leaving the view gives the board back as it was.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TieType, Valence } from '../../generated/graphql.js';
import { useBoard } from '../context.js';
import { TIE_TYPES, VALENCES, tieTypeStyle } from '../palette.js';
import type { AnalysisController } from './useAnalysis.js';
import { PersonSelect } from './PersonSelect.js';
import { WhatIfResultView } from './WhatIfResultView.js';
import { NS } from './strings.js';

export function WhatIfSection({ a }: { a: AnalysisController }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation(NS);
  const b = useBoard();
  const id = useId();
  const [pick, setPick] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [type, setType] = useState<TieType>('PROTECTIVE_ADULT');
  const [valence, setValence] = useState<Valence>(tieTypeStyle.PROTECTIVE_ADULT.valence);
  const [problem, setProblem] = useState<string | null>(null);
  const d = a.draft;
  const tieName = (tieId: string) => {
    const x = b.board.ties.find((tie) => tie.id === tieId);
    return x ? { a: b.nameOf(x.sourceId), b: b.nameOf(x.targetId) } : { a: '', b: '' };
  };
  const empty = !d.removePeople.length && !d.removeTies.length && !d.addTies.length;

  const addPerson = () => {
    if (!pick) return;
    a.setDraft({ ...d, removePeople: [...d.removePeople, pick] });
    setPick('');
  };
  const addPlanned = () => {
    if (!from || !to) return;
    if (from === to) {
      setProblem(ta('whatIf.samePerson'));
      return;
    }
    setProblem(null);
    a.setDraft({ ...d, addTies: [...d.addTies, { sourceId: from, targetId: to, type, valence }] });
    setFrom('');
    setTo('');
  };

  return (
    <section aria-labelledby={`${id}-title`} className="an-section">
      <h3 id={`${id}-title`}>{ta('whatIf.title')}</h3>
      <p className="help">{ta('whatIf.help')}</p>
      <div className="an-row">
        <PersonSelect label={ta('whatIf.person')} value={pick} onChange={setPick} exclude={new Set(d.removePeople)} id={`${id}-person`} />
        <button type="button" className="btn" onClick={addPerson} disabled={!pick}>{ta('whatIf.add')}</button>
      </div>
      {d.removePeople.length > 0 && (
        <>
          <p className="group-label" id={`${id}-chosen`}>{ta('whatIf.chosen')}</p>
          <ul className="plain an-list" aria-labelledby={`${id}-chosen`} data-testid="what-if-chosen">
            {d.removePeople.map((pid) => (
              <li key={pid}>
                <span>{b.nameOf(pid)}</span>
                <button type="button" className="btn btn-small" onClick={() => a.setDraft({ ...d, removePeople: d.removePeople.filter((x) => x !== pid) })}>
                  <span aria-hidden="true">×</span>
                  <span className="visually-hidden">{ta('whatIf.putBack', { name: b.nameOf(pid) })}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {d.removeTies.length > 0 && (
        <>
          <p className="group-label" id={`${id}-cut`}>{ta('whatIf.cutTies')}</p>
          <ul className="plain an-list" aria-labelledby={`${id}-cut`}>
            {d.removeTies.map((tid) => (
              <li key={tid}>
                <span>{tieName(tid).a} — {tieName(tid).b}</span>
                <button type="button" className="btn btn-small" onClick={() => a.setDraft({ ...d, removeTies: d.removeTies.filter((x) => x !== tid) })}>
                  <span aria-hidden="true">×</span>
                  <span className="visually-hidden">{ta('whatIf.keepTie', tieName(tid))}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <fieldset className="an-planned">
        <legend>{ta('whatIf.planned')}</legend>
        <PersonSelect label={ta('whatIf.from')} value={from} onChange={setFrom} id={`${id}-from`} />
        <PersonSelect label={ta('whatIf.to')} value={to} onChange={setTo} id={`${id}-to`} />
        <div className="an-field">
          <label htmlFor={`${id}-type`}>{ta('whatIf.type')}</label>
          <select id={`${id}-type`} value={type} onChange={(e) => {
            const next = e.target.value as TieType;
            setType(next);
            setValence(tieTypeStyle[next].valence);
          }}>
            {TIE_TYPES.map((x) => <option key={x} value={x}>{t(`tieTypes.${x}`)}</option>)}
          </select>
        </div>
        <div className="an-field">
          <label htmlFor={`${id}-valence`}>{t('list.valence')}</label>
          <select id={`${id}-valence`} value={valence} onChange={(e) => setValence(e.target.value as Valence)}>
            {VALENCES.map((v) => <option key={v} value={v}>{t(`valences.${v}`)}</option>)}
          </select>
        </div>
        {problem && <p role="alert" className="an-problem">{problem}</p>}
        <button type="button" className="btn" onClick={addPlanned} disabled={!from || !to}>{ta('whatIf.addPlanned')}</button>
        {d.addTies.length > 0 && (
          <ul className="plain an-list">
            {d.addTies.map((x, i) => {
              const names = { a: b.nameOf(x.sourceId), b: b.nameOf(x.targetId) };
              return (
                <li key={`${x.sourceId}-${x.targetId}-${i}`}>
                  <span>{ta('whatIf.plannedItem', { ...names, type: t(`tieTypes.${x.type}`) })}</span>
                  <button type="button" className="btn btn-small" onClick={() => a.setDraft({ ...d, addTies: d.addTies.filter((_, j) => j !== i) })}>
                    <span aria-hidden="true">×</span>
                    <span className="visually-hidden">{ta('whatIf.dropPlanned', names)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <div className="an-actions">
        <button type="button" className="btn btn-primary" disabled={empty} aria-describedby={empty ? `${id}-nothing` : undefined} onClick={() => void a.runWhatIf(d)}>
          {ta('whatIf.run')}
        </button>
        {a.whatIf && <button type="button" className="btn btn-warning" onClick={a.leaveWhatIf}>{ta('whatIf.leave')}</button>}
      </div>
      {empty && <p id={`${id}-nothing`} className="help">{ta('whatIf.nothing')}</p>}
      <div aria-live="polite">{a.whatIf && <WhatIfResultView a={a} />}</div>
    </section>
  );
}
