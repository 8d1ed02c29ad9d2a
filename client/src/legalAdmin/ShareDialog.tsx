// Sharing a piece of information about a person. The kinds offered are those the viewer's role may
// share (roles.ts, from the policy): §115 only to police analysts. Information on a consent names a
// live consent covering INFORMATION; under a statute, one of the configured statutes.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, otherFieldProblems, saveDialog, type ApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { formatDate } from '../i18n/format.js';
import { Dialog, FieldError } from '../board/dialogs/Dialog.js';
import { NS as LEGAL_NS } from '../panels/legalStrings.js';
import type { InformationClass } from './roles.js';
import { NS } from './strings.js';

const SHARE = op<G.ShareInformationMutation, G.ShareInformationMutationVariables>('ShareInformation');

export interface ConsentChoice {
  id: string;
  givenBy: string;
  givenOn: string;
  live: boolean;
  scope: readonly string[];
}

interface Props {
  personId: string;
  classes: readonly InformationClass[];
  consents: readonly ConsentChoice[];
  statutes: { code: string; label: string }[];
  onShared(): void;
  onError(err: ApiError): void;
  onClose(): void;
}

export function ShareDialog({ personId, classes, consents, statutes, onShared, onError, onClose }: Props) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation(NS);
  // The kinds' names are the ones the section lists shared information under.
  const { t: tk } = useTranslation(LEGAL_NS);
  const [cls, setCls] = useState<InformationClass>(classes[0]!);
  const [consentId, setConsentId] = useState('');
  const [statuteCode, setStatuteCode] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const usable = consents.filter((c) => c.live && c.scope.includes('INFORMATION'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await saveDialog(async () => {
      await mutate(SHARE, {
        input: {
          personId, class: cls, text: text.trim(),
          consentId: cls === 'CONSENT_GATED' ? consentId || null : null,
          statuteCode: cls === 'STATUTE' ? statuteCode || null : null,
        },
      });
      onShared();
    }, { setError, onError, onClose, setBusy });
  };

  const err = (field: string) => fieldMessage(error, field);
  const known = ['class', 'text', 'consentId', 'statuteCode'];
  const other = otherFieldProblems(error, known);

  return (
    <Dialog title={tl('share.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <fieldset aria-describedby={err('class') ? 'share-class-error' : undefined}>
          <legend>{tl('share.kind')}</legend>
          {classes.map((c) => (
            <div key={c}>
              <label className="choice">
                <input type="radio" name="share-class" value={c} checked={cls === c} onChange={() => { setCls(c); setError(null); }} aria-describedby={`share-class-help-${c}`} />
                {tk(`kind.${c}`)}
              </label>
              <p id={`share-class-help-${c}`} className="help">{tl(`share.kindHelp.${c}`)}</p>
            </div>
          ))}
          <FieldError id="share-class-error" message={err('class')} />
        </fieldset>

        {cls === 'CONSENT_GATED' && (
          usable.length ? (
            <>
              <label htmlFor="share-consent">{tl('share.consent')}</label>
              <select
                id="share-consent" value={consentId} onChange={(e) => { setConsentId(e.target.value); setError(null); }}
                aria-invalid={!!err('consentId')} aria-describedby={err('consentId') ? 'share-consent-error' : undefined}
              >
                <option value="">{tl('share.choose')}</option>
                {usable.map((c) => (
                  <option key={c.id} value={c.id}>{tl('share.consentOption', { who: c.givenBy, date: formatDate(c.givenOn) })}</option>
                ))}
              </select>
              <FieldError id="share-consent-error" message={err('consentId')} />
            </>
          ) : (
            <p className="notice" role="status">{tl('share.noConsent')}</p>
          )
        )}

        {cls === 'STATUTE' && (
          <>
            <label htmlFor="share-statute">{tl('share.statute')}</label>
            <select
              id="share-statute" value={statuteCode} onChange={(e) => { setStatuteCode(e.target.value); setError(null); }}
              aria-invalid={!!err('statuteCode')} aria-describedby={err('statuteCode') ? 'share-statute-error' : undefined}
            >
              <option value="">{tl('share.choose')}</option>
              {statutes.map((s) => <option key={s.code} value={s.code}>{s.label}</option>)}
            </select>
            <FieldError id="share-statute-error" message={err('statuteCode')} />
          </>
        )}

        <label htmlFor="share-text">{tl('share.text')}</label>
        <textarea
          id="share-text" rows={4} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} required
          aria-invalid={!!err('text')} aria-describedby={err('text') ? 'share-text-error' : undefined}
        />
        <FieldError id="share-text-error" message={err('text')} />

        {error && (!error.fields.length || !!other?.length) && (
          <p className="form-error" role="alert">{other?.length ? other.map((f) => f.message).join(' ') : error.message}</p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy || (cls === 'CONSENT_GATED' && !usable.length)}>{tl('share.submit')}</button>
        </div>
      </form>
    </Dialog>
  );
}
