// A new group on the board; the selected person (if any) can join it at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage, saveDialog, type ApiError } from '../../api/errors.js';
import { Dialog, FieldError } from './Dialog.js';

interface Props {
  onSave(name: string): Promise<void>;
  onError(err: ApiError): void;
  onClose(): void;
}

export function GroupDialog({ onSave, onError, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await saveDialog(() => onSave(name.trim()), { setError, onError, onClose });
  };
  const nameError = fieldMessage(error, 'name') ?? (error && !error.fields.length ? error.message : undefined);
  return (
    <Dialog title={t('groupForm.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <label htmlFor="group-name">{t('groupForm.name')}</label>
        <input id="group-name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus aria-invalid={!!nameError} aria-describedby={nameError ? 'group-name-error' : undefined} />
        <FieldError id="group-name-error" message={nameError} />
        <p className="help">{t('groupForm.help')}</p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary">{t('groupForm.create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
