// Put a person in a group with a role (after dragging them onto the group's tag, or from a panel).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/errors.js';
import type { MembershipRole } from '../model.js';
import { ROLES } from '../palette.js';
import { Dialog } from './Dialog.js';

interface Props {
  personId: string | null;
  groupId: string | null;
  people: { id: string; label: string }[];
  groups: { id: string; name: string }[];
  onSave(personId: string, groupId: string, role: MembershipRole): Promise<void>;
  onError(err: ApiError): void;
  onClose(): void;
}

export function MembershipDialog(props: Props) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState(props.personId ?? '');
  const [groupId, setGroupId] = useState(props.groupId ?? props.groups[0]?.id ?? '');
  const [role, setRole] = useState<MembershipRole>('CORE');
  const [error, setError] = useState<string | null>(null);
  const person = props.people.find((p) => p.id === personId)?.label ?? '';
  const group = props.groups.find((g) => g.id === groupId)?.name ?? '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!personId || !groupId) return setError(t('memberForm.pickBoth'));
    try {
      await props.onSave(personId, groupId, role);
      props.onClose();
    } catch (err) {
      const api = toApiError(err);
      if (api.code === 'BAD_USER_INPUT') setError(api.fields.map((f) => f.message).join(' ') || api.message);
      else {
        props.onError(api);
        props.onClose();
      }
    }
  };

  return (
    <Dialog title={props.personId && props.groupId ? t('memberForm.titleNamed', { person, group }) : t('memberForm.title')} onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        {!props.personId && (
          <>
            <label htmlFor="member-person">{t('memberForm.person')}</label>
            <select id="member-person" value={personId} onChange={(e) => setPersonId(e.target.value)} autoFocus>
              <option value="">{t('tieForm.choosePerson')}</option>
              {props.people.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>
          </>
        )}
        {!props.groupId && (
          <>
            <label htmlFor="member-group">{t('memberForm.group')}</label>
            <select id="member-group" value={groupId} onChange={(e) => setGroupId(e.target.value)} autoFocus={!!props.personId}>
              {props.groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
            </select>
          </>
        )}
        <fieldset>
          <legend>{t('memberForm.role')}</legend>
          {ROLES.map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="member-role" value={r} checked={role === r} onChange={() => setRole(r)} autoFocus={!!props.personId && !!props.groupId && r === 'CORE'} />
              {t(`roles.${r}`)}
            </label>
          ))}
        </fieldset>
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={props.onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary">{t('memberForm.add')}</button>
        </div>
      </form>
    </Dialog>
  );
}
