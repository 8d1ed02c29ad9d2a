// Recording a consent about a person: who gave it (in words, as the API keeps it), what it covers,
// which agencies may share and receive what rests on it, when it was given and when it lapses.
// The server validates; its translated messages are shown under the fields they concern.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, otherFieldProblems, saveDialog, type ApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { localIso } from './dates.js';
import { Dialog, FieldError } from '../board/dialogs/Dialog.js';
import { NS } from './strings.js';

const RECORD = op<G.RecordConsentMutation, G.RecordConsentMutationVariables>('RecordConsent');
const SCOPES: G.ConsentScope[] = ['TIES', 'FACTORS', 'INFORMATION'];

interface Props {
  personId: string;
  agencies: { id: string; name: string }[];
  onRecorded(): void;
  onError(err: ApiError): void;
  onClose(): void;
}

function toggle<T>(list: T[], v: T, on: boolean): T[] {
  return on ? [...list, v] : list.filter((x) => x !== v);
}

export function ConsentDialog({ personId, agencies, onRecorded, onError, onClose }: Props) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation(NS);
  const [givenBy, setGivenBy] = useState('');
  const [scope, setScope] = useState<G.ConsentScope[]>([]);
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [givenOn, setGivenOn] = useState(localIso());
  const [expiresOn, setExpiresOn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await saveDialog(async () => {
      await mutate(RECORD, {
        input: { personId, givenBy: givenBy.trim(), scope, agencyIds, givenOn: givenOn || null, expiresOn: expiresOn || null },
      });
      onRecorded();
    }, { setError, onError, onClose, setBusy });
  };

  const err = (field: string) => fieldMessage(error, field);
  const described = (help: string | null, id: string, field: string) =>
    [help, err(field) ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const known = ['givenBy', 'scope', 'agencyIds', 'givenOn', 'expiresOn'];
  const other = otherFieldProblems(error, known);

  return (
    <Dialog title={tl('consent.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <label htmlFor="consent-given-by">{tl('consent.givenBy')}</label>
        <input
          id="consent-given-by" value={givenBy} maxLength={200} autoFocus autoComplete="off" required
          onChange={(e) => setGivenBy(e.target.value)}
          aria-invalid={!!err('givenBy')} aria-describedby={described('consent-given-by-help', 'consent-given-by', 'givenBy')}
        />
        <p id="consent-given-by-help" className="help">{tl('consent.givenByHelp')}</p>
        <FieldError id="consent-given-by-error" message={err('givenBy')} />

        <fieldset aria-describedby={err('scope') ? 'consent-scope-error' : undefined}>
          <legend>{tl('consent.scope')}</legend>
          {SCOPES.map((s) => (
            <label key={s} className="choice">
              <input type="checkbox" name="consent-scope" value={s} checked={scope.includes(s)} onChange={(e) => setScope(toggle(scope, s, e.target.checked))} />
              {tl(`consent.scopeOption.${s}`)}
            </label>
          ))}
          <FieldError id="consent-scope-error" message={err('scope')} />
        </fieldset>

        <fieldset aria-describedby={err('agencyIds') ? 'consent-agencies-error' : undefined}>
          <legend>{tl('consent.agencies')}</legend>
          {agencies.map((a) => (
            <label key={a.id} className="choice">
              <input type="checkbox" name="consent-agency" value={a.id} checked={agencyIds.includes(a.id)} onChange={(e) => setAgencyIds(toggle(agencyIds, a.id, e.target.checked))} />
              {a.name}
            </label>
          ))}
          <FieldError id="consent-agencies-error" message={err('agencyIds')} />
        </fieldset>

        <label htmlFor="consent-given-on">{tl('consent.givenOn')}</label>
        <input
          id="consent-given-on" type="date" max={localIso()} value={givenOn} onChange={(e) => setGivenOn(e.target.value)}
          aria-invalid={!!err('givenOn')} aria-describedby={described(null, 'consent-given-on', 'givenOn')}
        />
        <FieldError id="consent-given-on-error" message={err('givenOn')} />

        <label htmlFor="consent-expires-on">{tl('consent.expiresOn')}</label>
        <input
          id="consent-expires-on" type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)}
          aria-invalid={!!err('expiresOn')} aria-describedby={described('consent-expires-on-help', 'consent-expires-on', 'expiresOn')}
        />
        <p id="consent-expires-on-help" className="help">{tl('consent.expiresOnHelp')}</p>
        <FieldError id="consent-expires-on-error" message={err('expiresOn')} />

        {error && (!error.fields.length || !!other?.length) && (
          <p className="form-error" role="alert">{other?.length ? other.map((f) => f.message).join(' ') : error.message}</p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{tl('consent.submit')}</button>
        </div>
      </form>
    </Dialog>
  );
}
