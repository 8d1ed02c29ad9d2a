// A fieldset of checkboxes over named things, for the lists an intervention links to.
export function Checks({ legend, items, chosen, onChange, className }: {
  legend: string;
  items: { id: string; name: string }[];
  chosen: string[];
  onChange(next: string[]): void;
  className?: string;
}) {
  if (!items.length) return null;
  return (
    <fieldset className={`checks ${className ?? ''}`}>
      <legend>{legend}</legend>
      {items.map((it) => (
        <label key={it.id} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(it.id)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, it.id] : chosen.filter((x) => x !== it.id))}
          />{' '}
          {it.name}
        </label>
      ))}
    </fieldset>
  );
}
