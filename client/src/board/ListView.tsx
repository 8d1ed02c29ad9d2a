// The accessible alternative to the canvas: the same people and ties (same filters, focus and
// labels), as tables, with every action the canvas offers.
import { useTranslation } from 'react-i18next';
import { useBoard } from './context.js';
import type { Selection } from './BoardCanvas.js';
import { ROLES, tieTypeStyle, valenceStyle } from './palette.js';
import { formatDate } from '../i18n/format.js';
import type { PersonColumn } from './analysis/useAnalysis.js';

/** `columns`: more about each person (issue 4: the analysis' metrics, so the canvas is not the only way to read them). */
export function ListView({ selection, columns = [] }: { selection: Selection | null; columns?: PersonColumn[] }) {
  const { t } = useTranslation();
  const b = useBoard();
  const { board, view } = b;
  const groupName = (id: string) => board.groups.find((g) => g.id === id)?.name ?? '';
  const people = board.people.filter((p) => view.people.has(p.id)).sort((a, x) => b.nameOf(a.id).localeCompare(b.nameOf(x.id)));
  const tieCount = new Map<string, number>();
  for (const x of view.ties) {
    tieCount.set(x.sourceId, (tieCount.get(x.sourceId) ?? 0) + 1);
    tieCount.set(x.targetId, (tieCount.get(x.targetId) ?? 0) + 1);
  }
  const newTies = new Set(b.changes?.newTies.map((x) => x.id) ?? []);
  const changedTies = new Set(b.changes?.changedTies.map((c) => c.tie.id) ?? []);
  const ties = [...view.ties].sort((a, x) => b.nameOf(a.sourceId).localeCompare(b.nameOf(x.sourceId)) || b.nameOf(a.targetId).localeCompare(b.nameOf(x.targetId)));
  const isSel = (kind: Selection['kind'], id: string) => selection?.kind === kind && selection.id === id;

  return (
    <div className="list-view" data-testid="list-view">
      <table className="data-table">
        <caption>{t('list.people', { n: people.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.kind')}</th>
            <th scope="col">{t('list.groups')}</th>
            <th scope="col">{t('list.ties')}</th>
            {columns.map((c) => <th scope="col" key={c.key}>{c.header}</th>)}
            <th scope="col">{t('list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className={isSel('person', p.id) ? 'selected' : undefined} aria-current={isSel('person', p.id) || undefined}>
              <th scope="row">
                {p.toneSetter && <span aria-hidden="true">★ </span>}
                {b.nameOf(p.id)}
                {p.toneSetter && <span className="visually-hidden"> ({t('panel.toneSetter')})</span>}
              </th>
              <td>{t(`personKinds.${p.kind}`)}</td>
              <td>
                {board.memberships
                  .filter((m) => m.personId === p.id)
                  .sort((a, x) => ROLES.indexOf(a.role) - ROLES.indexOf(x.role))
                  .map((m) => `${groupName(m.groupId)} (${t(`roles.${m.role}`)})`)
                  .join(', ')}
              </td>
              <td>{tieCount.get(p.id) ?? 0}</td>
              {columns.map((c) => <td key={c.key} data-column={c.key}>{c.cell(p.id)}</td>)}
              <td className="actions">
                <button type="button" className="btn btn-small" onClick={() => b.select({ kind: 'person', id: p.id })} aria-label={t('list.detailsOf', { name: b.nameOf(p.id) })}>{t('list.details')}</button>
                <button type="button" className="btn btn-small" onClick={() => b.setFocus({ personId: p.id, depth: 1 })} aria-label={t('list.focusOn', { name: b.nameOf(p.id) })}>{t('list.focus')}</button>
                {b.editable && (
                  <>
                    <button type="button" className="btn btn-small" onClick={() => b.openDialog({ kind: 'tie', sourceId: p.id, targetId: null })} aria-label={t('list.tieFrom', { name: b.nameOf(p.id) })}>{t('list.addTie')}</button>
                    <button type="button" className="btn btn-small" aria-pressed={p.toneSetter} onClick={() => void b.run(() => b.actions.setToneSetter(p.id, !p.toneSetter))} aria-label={t('list.toneSetterOf', { name: b.nameOf(p.id) })}>
                      {t('list.toneSetter')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="data-table">
        <caption>{t('list.tiesCaption', { n: ties.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.from')}</th>
            <th scope="col">{t('list.to')}</th>
            <th scope="col">{t('list.type')}</th>
            <th scope="col">{t('list.strength')}</th>
            <th scope="col">{t('list.valence')}</th>
            <th scope="col">{t('list.agency')}</th>
            <th scope="col">{t('list.since')}</th>
            <th scope="col">{t('list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {ties.map((x) => (
            <tr key={x.id} className={isSel('tie', x.id) ? 'selected' : undefined} aria-current={isSel('tie', x.id) || undefined} data-tie-id={x.id}>
              <th scope="row">{b.nameOf(x.sourceId)}</th>
              <td>
                {x.directed && <span aria-hidden="true">→ </span>}
                {b.nameOf(x.targetId)}
                {x.directed && <span className="visually-hidden"> ({t('panel.directed')})</span>}
              </td>
              <td>
                <span className="swatch" style={{ background: tieTypeStyle[x.type].colour }} aria-hidden="true" />
                {t(`tieTypes.${x.type}`)}
                {newTies.has(x.id) && <span className="tag tag-new">{t('changes.tagNew')}</span>}
                {changedTies.has(x.id) && <span className="tag tag-changed">{t('changes.tagChanged')}</span>}
              </td>
              <td>{x.strength}</td>
              <td>
                <span className="badge" style={{ background: valenceStyle[x.valence].colour, color: valenceStyle[x.valence].text }} aria-hidden="true">{valenceStyle[x.valence].symbol}</span> {t(`valences.${x.valence}`)}
              </td>
              <td>{b.meeting ? '' : x.sourceAgency?.name ?? ''}</td>
              <td>{formatDate(x.validFrom)}</td>
              <td className="actions">
                <button type="button" className="btn btn-small" onClick={() => b.select({ kind: 'tie', id: x.id })} aria-label={t('list.showTie', { from: b.nameOf(x.sourceId), to: b.nameOf(x.targetId) })}>{t('list.details')}</button>
                {b.editable && (
                  <button type="button" className="btn btn-small" onClick={() => b.openDialog({ kind: 'editTie', tieId: x.id })} aria-label={t('list.editTie', { from: b.nameOf(x.sourceId), to: b.nameOf(x.targetId) })}>{t('list.edit')}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
