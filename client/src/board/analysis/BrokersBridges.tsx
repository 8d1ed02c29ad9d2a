// Brokers (tied into two or more groups) and bridge ties (whose loss splits a part of the
// network), as text: the canvas marks them only while "highlight" is on, the list is always here.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../context.js';
import type { AnalysisController } from './useAnalysis.js';
import { NS } from './strings.js';

export function BrokersBridges({ a }: { a: AnalysisController }) {
  const { t: ta } = useTranslation(NS);
  const b = useBoard();
  const id = useId();
  const m = a.metrics!;
  const groupName = (gid: string) => b.board.groups.find((g) => g.id === gid)?.name ?? '';
  const tryCut = (tieIds: readonly string[]) => {
    const change = { ...a.draft, removeTies: [...new Set([...a.draft.removeTies, ...tieIds])] };
    a.setDraft(change);
    void a.runWhatIf(change);
  };
  return (
    <>
      <section aria-labelledby={`${id}-brokers`} className="an-section">
        <h3 id={`${id}-brokers`}>{ta('brokers', { n: m.brokers.length })}</h3>
        <p className="help">{ta('brokersHelp')}</p>
        {m.brokers.length === 0 ? (
          <p>{ta('noBrokers')}</p>
        ) : (
          <ul className="plain" data-testid="brokers">
            {m.brokers.map((x) => (
              <li key={x.person.id}>{ta('brokerItem', { name: b.nameOf(x.person.id), groups: x.groupsReached.map((g) => groupName(g.id)).join(', ') })}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-bridges`} className="an-section">
        <h3 id={`${id}-bridges`}>{ta('bridges', { n: m.bridges.length })}</h3>
        <p className="help">{ta('bridgesHelp')}</p>
        {m.bridges.length === 0 ? (
          <p>{ta('noBridges')}</p>
        ) : (
          <ul className="plain an-list" data-testid="bridges">
            {m.bridges.map((x) => {
              const [p, q] = x.people;
              const names = { a: b.nameOf(p?.id ?? ''), b: b.nameOf(q?.id ?? '') };
              return (
                <li key={x.tieIds.join(',')}>
                  <span>{ta('bridgeItem', { ...names, left: x.sides[0] ?? 0, right: x.sides[1] ?? 0 })}</span>
                  <button type="button" className="btn btn-small" onClick={() => tryCut(x.tieIds)} aria-label={ta('tryCutLabel', names)}>{ta('tryCut')}</button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
