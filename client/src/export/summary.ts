// The filter in force, in words, for the minutes.
import type { TFunction } from 'i18next';
import { NO_AGENCY, agenciesOn, type Filters, type Focus } from '../board/filters.js';
import type { BoardData } from '../board/model.js';

export function filterSummary(filters: Filters, focus: Focus | null, board: BoardData, t: TFunction, nameOf: (id: string) => string): string {
  const parts: string[] = [];
  if (filters.hiddenTypes.length) parts.push(t('export.hiddenTypes', { list: filters.hiddenTypes.map((x) => t(`tieTypes.${x}`)).join(', ') }));
  if (filters.hiddenValences.length) parts.push(t('export.hiddenValences', { list: filters.hiddenValences.map((x) => t(`valences.${x}`)).join(', ') }));
  if (filters.minStrength > 1) parts.push(t('export.minStrength', { n: filters.minStrength }));
  if (filters.hiddenAgencies.length) {
    const names = new Map(agenciesOn(board).map((a) => [a.id, a.id === NO_AGENCY ? t('filters.noAgency') : a.name]));
    parts.push(t('export.hiddenAgencies', { list: filters.hiddenAgencies.map((id) => names.get(id) ?? id).join(', ') }));
  }
  if (focus) parts.push(t('export.focus', { name: nameOf(focus.personId), count: focus.depth }));
  return parts.length ? parts.join('; ') : t('export.noFilter');
}
