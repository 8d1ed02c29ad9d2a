// The person panel's "Legal basis & consent" section: the consents about the person, which the
// case team can withdraw (everything shared on one disappears at once, so the board is reloaded),
// and the shared information this viewer may see. Read only when the panel is opened: each read is
// in the access log.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { op } from '../api/documents.js';
import { mutate } from '../api/client.js';
import type * as G from '../generated/graphql.js';
import { formatDate } from '../i18n/format.js';
import { notify } from '../app/notify.js';
import { useBoard } from '../board/context.js';
import { Dialog } from '../board/dialogs/Dialog.js';
import { NS } from './legalStrings.js';
// Recording consents and sharing information (client/src/legalAdmin).
import { LegalActions } from '../legalAdmin/LegalActions.js';

const LEGAL = op<G.PersonLegalQuery, G.PersonLegalQueryVariables>('PersonLegal');
const WITHDRAW = op<G.WithdrawConsentMutation, G.WithdrawConsentMutationVariables>('WithdrawConsent');

type Consent = NonNullable<G.PersonLegalQuery['person']>['consents'][number];

/** Roles that may see consents and shared information at all (managers see pseudonyms only). */
const READERS = new Set(['COORDINATOR', 'MEMBER', 'ANALYST']);
/** Roles that record and withdraw consents (the policy's case team). */
const WITHDRAWERS = new Set(['COORDINATOR', 'MEMBER']);

function ConsentStatus({ c }: { c: Consent }) {
  const { t: tl } = useTranslation(NS);
  if (c.withdrawal) {
    const date = formatDate(c.withdrawal.at.slice(0, 10));
    return <strong>{c.withdrawal.withdrawnBy ? tl('withdrawnBy', { date, who: c.withdrawal.withdrawnBy }) : tl('withdrawnOn', { date })}</strong>;
  }
  return <strong>{c.live ? tl('live') : tl('expired')}</strong>;
}

function WithdrawDialog({ consent, onDone, onClose }: { consent: Consent; onDone(withdrawnBy: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation(NS);
  const [who, setWho] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onDone(who.trim());
    onClose();
  };
  return (
    <Dialog title={tl('confirmTitle')} onClose={onClose} describedBy="withdraw-consent-body">
      <form onSubmit={submit}>
        <p id="withdraw-consent-body">{tl('confirmBody')}</p>
        <p className="muted">{tl('givenBy', { who: consent.givenBy })}, {tl('given', { date: formatDate(consent.givenOn) })}</p>
        <label htmlFor="withdrawn-by">{tl('whoWithdrew')}</label>
        <input id="withdrawn-by" type="text" maxLength={200} value={who} onChange={(e) => setWho(e.target.value)} />
        <div className="dialog-actions">
          {/* The safe choice comes first and takes the focus. */}
          <button type="button" className="btn" onClick={onClose} autoFocus>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary">{tl('confirm')}</button>
        </div>
      </form>
    </Dialog>
  );
}

export function LegalSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation(NS);
  const b = useBoard();
  const readable = !b.role || READERS.has(b.role);
  const q = useQuery(LEGAL, { variables: { id: personId }, fetchPolicy: 'no-cache', skip: !readable });
  const [confirming, setConfirming] = useState<Consent | null>(null);
  if (!readable) return null;
  const consents = q.data?.person?.consents ?? [];
  const information = q.data?.person?.information ?? [];
  const canWithdraw = b.editable && !!b.role && WITHDRAWERS.has(b.role);

  const withdraw = (c: Consent, withdrawnBy: string) =>
    b.run(async () => {
      await mutate(WITHDRAW, { input: { id: c.id, version: c.version, withdrawnBy: withdrawnBy || null } });
      notify(tl('withdrawn'));
      // What rested on the consent is gone from every read: show the board as it now is.
      await Promise.all([q.refetch(), b.reload?.()]);
    });

  const body = q.loading ? (
    <p className="muted">{t('app.loading')}</p>
  ) : q.error ? (
    <p className="muted">{t('panel.unavailable')}</p>
  ) : (
    <>
      <h4 id="sec-legal-consents">{tl('consents')}</h4>
      {!consents.length ? <p className="muted">{tl('noConsents')}</p> : (
        <ul className="plain" aria-labelledby="sec-legal-consents">
          {consents.map((c) => (
            <li key={c.id}>
              <ConsentStatus c={c} /> · {tl('givenBy', { who: c.givenBy })}, {tl('given', { date: formatDate(c.givenOn) })}
              {c.expiresOn && <>, {tl('expires', { date: formatDate(c.expiresOn) })}</>}
              <br />
              <span className="muted">
                {tl('covers', { list: c.scope.map((s) => tl(`scope.${s}`)).join(', ') })} · {tl('forAgencies', { list: c.agencies.map((a) => a.name).join(', ') })}
              </span>
              {canWithdraw && c.live && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={b.busy}
                    aria-label={tl('withdrawLabel', { who: c.givenBy, date: formatDate(c.givenOn) })}
                    onClick={() => setConfirming(c)}
                  >
                    {tl('withdraw')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4 id="sec-legal-information">{tl('information')}</h4>
      {!information.length ? <p className="muted">{tl('noInformation')}</p> : (
        <ul className="plain" aria-labelledby="sec-legal-information">
          {information.map((i) => (
            <li key={i.id}>
              <strong>{tl(`kind.${i.class}`)}</strong>
              {i.purposeRestriction === 'CRIME_PREVENTION_ONLY' && <> · <em>{tl('preventionOnly')}</em></>}
              {' · '}
              <span className="muted">{tl('source', { agency: i.sourceAgency?.name ?? '', date: formatDate(i.sharedOn) })}</span>
              <br />
              {i.text}
              {i.statute && <><br /><span className="muted">{tl('statute', { label: i.statute.label })}</span></>}
            </li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <section aria-labelledby="sec-legal" className="panel-section">
      <h3 id="sec-legal">{tl('title')}</h3>
      {q.data?.person && <LegalActions personId={personId} consents={consents} onChanged={() => q.refetch()} />}
      {body}
      {confirming && <WithdrawDialog consent={confirming} onDone={(who) => void withdraw(confirming, who)} onClose={() => setConfirming(null)} />}
    </section>
  );
}
