// Add a person to the board (where the user double-clicked, or mid-screen), or rename one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage, saveDialog, type ApiError } from '../../api/errors.js';
import type { Person, PersonKind } from '../model.js';
import { Dialog, FieldError } from './Dialog.js';

interface Props {
  person?: Person;
  /** Whether the form may ask for a real name (roles that see identities). */
  askName: boolean;
  onSave(values: { alias: string; kind: PersonKind; name: string }): Promise<void>;
  onError(err: ApiError): void;
  onClose(): void;
}

export function PersonDialog({ person, askName, onSave, onError, onClose }: Props) {
  const { t } = useTranslation();
  const [alias, setAlias] = useState(person?.alias ?? '');
  const [kind, setKind] = useState<PersonKind>(person?.kind ?? 'YOUNG_PERSON');
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await saveDialog(() => onSave({ alias: alias.trim(), kind, name: name.trim() }), { setError, onError, onClose, setBusy });
  };
  const aliasError = fieldMessage(error, 'alias');
  const nameError = fieldMessage(error, 'name');

  return (
    <Dialog title={person ? t('personForm.editTitle') : t('personForm.addTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <label htmlFor="person-alias">{t('personForm.alias')}</label>
        <input id="person-alias" value={alias} onChange={(e) => setAlias(e.target.value)} required autoFocus aria-invalid={!!aliasError} aria-describedby={`person-alias-help${aliasError ? ' person-alias-error' : ''}`} />
        <p id="person-alias-help" className="help">{t('personForm.aliasHelp')}</p>
        <FieldError id="person-alias-error" message={aliasError} />
        <fieldset>
          <legend>{t('personForm.kind')}</legend>
          {(['YOUNG_PERSON', 'INFLUENTIAL_FIGURE'] as const).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="person-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`personKinds.${k}`)}
            </label>
          ))}
        </fieldset>
        {askName && !person && (
          <>
            <label htmlFor="person-name">{t('personForm.name')}</label>
            <input id="person-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" aria-invalid={!!nameError} aria-describedby={nameError ? 'person-name-error' : undefined} />
            <FieldError id="person-name-error" message={nameError} />
          </>
        )}
        {error && !error.fields.length && <p className="form-error" role="alert">{error.message}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{person ? t('common.save') : t('personForm.add')}</button>
        </div>
      </form>
    </Dialog>
  );
}
