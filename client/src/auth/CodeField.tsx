// The input for a 6-digit authenticator code: numeric keypad on phones, the browser's and
// password managers' one-time-code autofill, and its error tied to it for screen readers.
import './account.css';

export function CodeField({ id, label, help, value, error, autoFocus, onChange }: {
  id: string;
  label: string;
  help: string;
  value: string;
  error: string | null;
  autoFocus?: boolean;
  onChange(v: string): void;
}) {
  const describedBy = [`${id}-help`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-help`} className="help">{help}</p>
      <input
        id={id}
        name="code"
        className="code-field"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]*"
        spellCheck={false}
        autoFocus={autoFocus}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={describedBy}
      />
      {error && <p id={`${id}-error`} className="form-error" role="alert">{error}</p>}
    </>
  );
}
