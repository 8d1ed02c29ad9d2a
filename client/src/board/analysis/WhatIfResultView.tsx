// The what-if's result in words: the server's figures (parts, largest part, density; who is left
// with no tie, who loses their last supportive tie, which groups split, who gains support) and,
// from the same ties, who is cut off from the rest of their part.
import { useTranslation } from 'react-i18next';
import { useBoard } from '../context.js';
import type { AnalysisController } from './useAnalysis.js';
import { NS } from './strings.js';

function Names({ label, ids, testId }: { label: string; ids: readonly string[]; testId: string }) {
  const b = useBoard();
  if (!ids.length) return null;
  return (
    <div data-testid={testId}>
      <p className="group-label">{label}</p>
      <ul className="plain">{ids.map((id) => <li key={id}>{b.nameOf(id)}</li>)}</ul>
    </div>
  );
}

export function WhatIfResultView({ a }: { a: AnalysisController }) {
  const { t: ta } = useTranslation(NS);
  const b = useBoard();
  const w = a.whatIf!;
  const r = w.result;
  const fmt = (v: number) => new Intl.NumberFormat(document.documentElement.lang || 'en', { maximumFractionDigits: 3 }).format(v);
  const groupName = (gid: string) => b.board.groups.find((g) => g.id === gid)?.name ?? '';
  return (
    <div className="an-result" data-testid="what-if-result">
      <h4>{ta('whatIf.result')}</h4>
      <p className="an-banner">{ta('whatIf.banner')}</p>
      <ul className="plain an-facts">
        <li>{ta('whatIf.parts', { before: r.componentsBefore, after: r.componentsAfter })}</li>
        <li>{ta('whatIf.largest', { before: r.before.largestComponent, after: r.after.largestComponent })}</li>
        <li>{ta('whatIf.density', { before: fmt(r.before.density), after: fmt(r.after.density) })}</li>
      </ul>
      {r.isolated.length ? (
        <Names label={ta('whatIf.isolated', { n: r.isolated.length })} ids={r.isolated.map((p) => p.id)} testId="what-if-isolated" />
      ) : (
        <p>{ta('whatIf.noIsolated')}</p>
      )}
      <Names label={ta('whatIf.splitOff', { n: w.marks.splitOff.length })} ids={w.marks.splitOff} testId="what-if-split" />
      <Names label={ta('whatIf.loseSupport', { n: r.loseLastSupportiveTie.length })} ids={r.loseLastSupportiveTie.map((x) => x.person.id)} testId="what-if-support" />
      {r.gainSupportiveTie.length > 0 && (
        <div>
          <p className="group-label">{ta('whatIf.gainSupport', { n: r.gainSupportiveTie.length })}</p>
          <ul className="plain">
            {r.gainSupportiveTie.map((x) => (
              <li key={x.person.id}>{ta('whatIf.gainItem', { name: b.nameOf(x.person.id), before: x.supportivePartnersBefore, after: x.supportivePartnersAfter })}</li>
            ))}
          </ul>
        </div>
      )}
      {r.groupsSplit.length > 0 && (
        <div>
          <p className="group-label">{ta('whatIf.groupsSplit', { n: r.groupsSplit.length })}</p>
          <ul className="plain">
            {r.groupsSplit.map((g) => (
              <li key={g.group.id}>
                {ta('whatIf.groupSplitItem', {
                  group: groupName(g.group.id),
                  before: g.splitWithinGroup ? g.partsWithinGroupBefore : g.partsOnBoardBefore,
                  after: g.splitWithinGroup ? g.partsWithinGroupAfter : g.partsOnBoardAfter,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
