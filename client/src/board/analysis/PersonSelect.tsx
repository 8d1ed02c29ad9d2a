// A labelled select of the board's people by their on-screen names (so meeting mode's initials or
// pseudonyms apply here too), with an empty first choice.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../context.js';
import { NS } from './strings.js';

interface Props {
  label: string;
  value: string;
  onChange(id: string): void;
  /** People not to offer (already chosen). */
  exclude?: ReadonlySet<string>;
  id?: string;
}

export function PersonSelect({ label, value, onChange, exclude, id }: Props) {
  const { t: ta } = useTranslation(NS);
  const b = useBoard();
  const own = useId();
  const selectId = id ?? own;
  const options = b.board.people
    .filter((p) => !exclude?.has(p.id))
    .map((p) => ({ id: p.id, label: b.nameOf(p.id) }))
    .sort((x, y) => x.label.localeCompare(y.label));
  return (
    <div className="an-field">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{ta('whatIf.choose')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
