// Filters: which ties the board shows. They apply to the canvas, the list and the exports alike.
import { useTranslation } from 'react-i18next';
import type { BoardData, TieType, Valence } from './model.js';
import { NO_AGENCY, agenciesOn, isFiltering, noFilters, type Filters } from './filters.js';
import { TIE_TYPES, VALENCES, tieTypeStyle, valenceStyle } from './palette.js';

interface Props {
  board: BoardData;
  filters: Filters;
  shownTies: number;
  onChange(f: Filters): void;
}

function toggle<T>(list: readonly T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

export function FilterPanel({ board, filters, shownTies, onChange }: Props) {
  const { t } = useTranslation();
  const counts = new Map<TieType, number>();
  for (const tie of board.ties) counts.set(tie.type, (counts.get(tie.type) ?? 0) + 1);
  const agencies = agenciesOn(board);
  return (
    <aside className="filter-panel" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters.title')}</h2>
      <p className="muted" aria-live="polite">{t('filters.showing', { shown: shownTies, total: board.ties.length })}</p>
      <fieldset>
        <legend>{t('filters.types')}</legend>
        {TIE_TYPES.filter((type) => counts.has(type)).map((type) => (
          <label key={type} className="choice">
            <input type="checkbox" checked={!filters.hiddenTypes.includes(type)} onChange={() => onChange({ ...filters, hiddenTypes: toggle(filters.hiddenTypes, type) })} />
            <span className="swatch" style={{ background: tieTypeStyle[type].colour }} aria-hidden="true" />
            {t(`tieTypes.${type}`)} <span className="muted">({counts.get(type)})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.valences')}</legend>
        {VALENCES.map((v: Valence) => (
          <label key={v} className="choice">
            <input type="checkbox" checked={!filters.hiddenValences.includes(v)} onChange={() => onChange({ ...filters, hiddenValences: toggle(filters.hiddenValences, v) })} />
            <span className="badge" style={{ background: valenceStyle[v].colour, color: valenceStyle[v].text }} aria-hidden="true">{valenceStyle[v].symbol}</span>
            {t(`valences.${v}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="filter-strength">{t('filters.minStrength', { n: filters.minStrength })}</label>
      <input id="filter-strength" type="range" min={1} max={5} step={1} value={filters.minStrength} onChange={(e) => onChange({ ...filters, minStrength: Number(e.target.value) })} aria-valuetext={t('filters.minStrength', { n: filters.minStrength })} />
      {agencies.length > 0 && (
        <fieldset>
          <legend>{t('filters.agencies')}</legend>
          {agencies.map((a) => (
            <label key={a.id} className="choice">
              <input type="checkbox" checked={!filters.hiddenAgencies.includes(a.id)} onChange={() => onChange({ ...filters, hiddenAgencies: toggle(filters.hiddenAgencies, a.id) })} />
              {a.id === NO_AGENCY ? t('filters.noAgency') : a.name}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" className="btn" disabled={!isFiltering(filters)} onClick={() => onChange(noFilters)}>
        {t('filters.reset')}
      </button>
    </aside>
  );
}
