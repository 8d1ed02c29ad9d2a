// The board's controls, grouped by what the meeting is doing: drawing, looking, finding,
// going back in time, presenting. Every control is a real button, input or select.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Focus } from './filters.js';
import type { LabelMode } from './labels.js';
import { todayIso } from './model.js';

interface Props {
  editable: boolean;
  canEdit: boolean;
  undo: { can: boolean; label: string | null; run(): void };
  redo: { can: boolean; label: string | null; run(): void };
  onAddPerson(): void;
  onAddGroup(): void;
  mode: 'board' | 'list';
  onMode(m: 'board' | 'list'): void;
  onFit(): void;
  onLayout(): void;
  people: { id: string; label: string }[];
  focus: Focus | null;
  onFocus(f: Focus | null): void;
  asOf: string | null;
  onAsOf(d: string | null): void;
  changesSince: string | null;
  onChangesSince(d: string | null): void;
  defaultSince: string;
  /** The default is the board's last meeting (not just a week ago). */
  sinceIsMeeting: boolean;
  meeting: boolean;
  labelMode: LabelMode;
  onLabelMode(m: LabelMode): void;
  onMeeting(on: boolean): void;
  filtersOpen: boolean;
  onFilters(open: boolean): void;
  filtering: boolean;
  communities: boolean;
  communitiesAvailable: boolean;
  onCommunities(on: boolean): void;
  exportMenu: ReactNode;
  /** Issue 4: the analysis panel's switch. */
  analysisToggle?: ReactNode;
}

export function BoardToolbar(p: Props) {
  const { t } = useTranslation();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [sinceDraft, setSinceDraft] = useState(p.changesSince ?? p.defaultSince);
  const [sinceTouched, setSinceTouched] = useState(false);
  // The last meeting's date arrives after the board: take it unless the user already chose a date.
  useEffect(() => {
    if (!sinceTouched && !p.changesSince) setSinceDraft(p.defaultSince);
  }, [p.defaultSince, sinceTouched, p.changesSince]);

  // Picking a name from the suggestions focuses at once; typing part of one waits for Enter.
  const findPerson = (value: string) => {
    setSearch(value);
    const hit = p.people.find((x) => x.label.toLowerCase() === value.trim().toLowerCase());
    if (hit) p.onFocus({ personId: hit.id, depth: p.focus?.depth ?? 1 });
  };
  const submitSearch = () => {
    const q = search.trim().toLowerCase();
    const hit = p.people.find((x) => x.label.toLowerCase() === q) ?? p.people.find((x) => x.label.toLowerCase().includes(q));
    if (hit) {
      setSearch(hit.label);
      p.onFocus({ personId: hit.id, depth: p.focus?.depth ?? 1 });
    }
  };

  return (
    <div className="board-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {p.canEdit && (
        <div className="toolbar-group" role="group" aria-label={t('toolbar.draw')}>
          <button type="button" className="btn btn-primary" disabled={!p.editable} onClick={p.onAddPerson} aria-keyshortcuts="N">{t('toolbar.addPerson')}</button>
          <button type="button" className="btn" disabled={!p.editable} onClick={p.onAddGroup}>{t('toolbar.addGroup')}</button>
          <button type="button" className="btn" disabled={!p.undo.can || !p.editable} onClick={p.undo.run} aria-keyshortcuts="Control+Z" title={p.undo.label ? t('toolbar.undoWhat', { what: p.undo.label }) : undefined}>
            {t('toolbar.undo')}
          </button>
          <button type="button" className="btn" disabled={!p.redo.can || !p.editable} onClick={p.redo.run} aria-keyshortcuts="Control+Shift+Z" title={p.redo.label ? t('toolbar.redoWhat', { what: p.redo.label }) : undefined}>
            {t('toolbar.redo')}
          </button>
        </div>
      )}

      <div className="toolbar-group" role="group" aria-label={t('toolbar.view')}>
        <button type="button" className="btn" aria-pressed={p.mode === 'board'} onClick={() => p.onMode('board')}>{t('toolbar.boardView')}</button>
        <button type="button" className="btn" aria-pressed={p.mode === 'list'} onClick={() => p.onMode('list')}>{t('toolbar.listView')}</button>
        <button type="button" className="btn" onClick={p.onFit} disabled={p.mode !== 'board'}>{t('toolbar.fit')}</button>
        {p.canEdit && <button type="button" className="btn" onClick={p.onLayout} disabled={!p.editable || p.mode !== 'board'}>{t('toolbar.layout')}</button>}
        {p.communitiesAvailable && (
          <button type="button" className="btn" aria-pressed={p.communities} onClick={() => p.onCommunities(!p.communities)} disabled={p.mode !== 'board'}>
            {t('toolbar.communities')}
          </button>
        )}
        {!p.meeting && (
          <button type="button" className="btn" aria-pressed={p.filtersOpen} aria-controls={p.filtersOpen ? 'filter-panel' : undefined} onClick={() => p.onFilters(!p.filtersOpen)}>
            {p.filtering ? t('toolbar.filtersOn') : t('toolbar.filters')}
          </button>
        )}
      </div>

      {p.analysisToggle}

      <div className="toolbar-group" role="search">
        <label htmlFor={searchId}>{t('toolbar.find')}</label>
        <input
          id={searchId}
          type="search"
          list={`${searchId}-people`}
          value={search}
          onChange={(e) => findPerson(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submitSearch();
            }
          }}
          placeholder={t('toolbar.findPlaceholder')}
        />
        <datalist id={`${searchId}-people`}>
          {p.people.map((x) => <option key={x.id} value={x.label} />)}
        </datalist>
        <label htmlFor={`${searchId}-depth`} className="visually-hidden">{t('toolbar.depth')}</label>
        <select id={`${searchId}-depth`} value={p.focus?.depth ?? 1} onChange={(e) => p.focus && p.onFocus({ ...p.focus, depth: Number(e.target.value) as 1 | 2 })}>
          <option value={1}>{t('toolbar.depth1')}</option>
          <option value={2}>{t('toolbar.depth2')}</option>
        </select>
        {p.focus && (
          <button type="button" className="btn" onClick={() => (setSearch(''), p.onFocus(null))}>
            {t('toolbar.clearFocus')}
          </button>
        )}
      </div>

      <div className="toolbar-group" role="group" aria-label={t('toolbar.time')}>
        <label htmlFor="as-of">{t('toolbar.asOf')}</label>
        <input id="as-of" type="date" max={todayIso()} value={p.asOf ?? todayIso()} onChange={(e) => p.onAsOf(!e.target.value || e.target.value >= todayIso() ? null : e.target.value)} />
        {p.asOf && <button type="button" className="btn" onClick={() => p.onAsOf(null)}>{t('toolbar.today')}</button>}
        <label htmlFor="changes-since">{t('toolbar.changesSince')}</label>
        <input id="changes-since" type="date" max={todayIso()} value={sinceDraft} aria-describedby={p.sinceIsMeeting && sinceDraft === p.defaultSince ? 'since-meeting' : undefined} onChange={(e) => {
          setSinceDraft(e.target.value);
          setSinceTouched(true);
          if (p.changesSince && e.target.value) p.onChangesSince(e.target.value);
        }} />
        {p.sinceIsMeeting && sinceDraft === p.defaultSince && <span id="since-meeting" className="muted">{t('toolbar.lastMeeting')}</span>}
        <button type="button" className="btn" aria-pressed={!!p.changesSince} onClick={() => p.onChangesSince(p.changesSince ? null : sinceDraft || p.defaultSince)}>
          {t('toolbar.showChanges')}
        </button>
      </div>

      <div className="toolbar-group" role="group" aria-label={t('toolbar.present')}>
        {p.meeting ? (
          <>
            <label htmlFor="label-mode">{t('meeting.labels')}</label>
            <select id="label-mode" value={p.labelMode} onChange={(e) => p.onLabelMode(e.target.value as LabelMode)}>
              <option value="initials">{t('meeting.initials')}</option>
              <option value="pseudonym">{t('meeting.pseudonyms')}</option>
            </select>
            <button type="button" className="btn btn-warning" onClick={() => p.onMeeting(false)}>{t('meeting.leave')}</button>
          </>
        ) : (
          <button type="button" className="btn" onClick={() => p.onMeeting(true)}>{t('meeting.enter')}</button>
        )}
      </div>
      {p.exportMenu}
    </div>
  );
}
