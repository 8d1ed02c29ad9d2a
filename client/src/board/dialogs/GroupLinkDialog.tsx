// A link between two groups (alliance, conflict, overlap), drawn from one group's tag to another's.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/errors.js';
import type { GroupLinkType } from '../model.js';
import { GROUP_LINK_TYPES } from '../palette.js';
import { Dialog } from './Dialog.js';

interface Props {
  source: { id: string; name: string };
  target: { id: string; name: string };
  onSave(type: GroupLinkType): Promise<void>;
  onError(err: ApiError): void;
  onClose(): void;
}

export function GroupLinkDialog({ source, target, onSave, onError, onClose }: Props) {
  const { t } = useTranslation();
  const [type, setType] = useState<GroupLinkType>('ALLIANCE');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await onSave(type);
      onClose();
    } catch (err) {
      const api = toApiError(err);
      if (api.code === 'BAD_USER_INPUT') setError(api.message);
      else {
        onError(api);
        onClose();
      }
    }
  };
  return (
    <Dialog title={t('linkForm.title', { from: source.name, to: target.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('linkForm.type')}</legend>
          {GROUP_LINK_TYPES.map((v) => (
            <label key={v} className="choice">
              <input type="radio" name="link-type" value={v} checked={type === v} onChange={() => setType(v)} autoFocus={v === type} />
              {t(`groupLinkTypes.${v}`)}
            </label>
          ))}
        </fieldset>
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary">{t('linkForm.create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
