// The user's own account: who they are, and their second factor: set it up, or turn it off with a
// current code where their role does not require it (the server refuses that anyway).
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { notify } from '../app/notify.js';
import type { DisableTotpMutation, DisableTotpMutationVariables } from '../generated/graphql.js';
import type { Me } from '../app/App.js';
import { CodeField } from './CodeField.js';
import { TotpEnrolment } from './TotpEnrolment.js';
import { useCodeForm } from './useCodeForm.js';
import './account.css';

const DISABLE = op<DisableTotpMutation, DisableTotpMutationVariables>('DisableTotp');

function TurnOff({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { code, setCode, error, busy, submit } = useCodeForm(async (c) => {
    await mutate(DISABLE, { code: c });
    notify(t('account.turnedOff'));
    onDone();
  });
  return (
    <form className="account-form" onSubmit={submit} noValidate aria-labelledby="turn-off-h">
      <h3 id="turn-off-h">{t('account.turnOff')}</h3>
      <CodeField id="disable-code" label={t('account.code')} help={t('account.turnOffHelp')} value={code} error={error} onChange={setCode} />
      <button type="submit" className="btn" disabled={busy}>{t('account.turnOffButton')}</button>
    </form>
  );
}

export function AccountPage({ me, onChanged }: { me: Me; onChanged(): void }) {
  const { t } = useTranslation();
  const required = me.totpRequired === true;
  const enabled = me.totpEnabled === true;
  return (
    <main id="main" className="page">
      <h1>{t('account.title')}</h1>
      <dl className="account-facts">
        <dt>{t('account.username')}</dt>
        <dd>{me.username}</dd>
        <dt>{t('account.role')}</dt>
        <dd>{t(`userRoles.${me.role}`)}</dd>
      </dl>
      <section className="card" aria-labelledby="second-factor-h">
        <h2 id="second-factor-h">{t('account.secondFactor')}</h2>
        <p>{enabled ? t('account.on') : t('account.off')}</p>
        <p className="help">{required ? t('account.requiredNote') : t('account.optionalNote')}</p>
        {!enabled && (
          <TotpEnrolment
            onEnrolled={() => {
              notify(t('account.confirmed'));
              onChanged();
            }}
          />
        )}
        {enabled && !required && <TurnOff onDone={onChanged} />}
      </section>
    </main>
  );
}

/** For a role that must use a second factor and has none yet: nothing else works until it is set up. */
export function EnrolmentRequiredPage({ onEnrolled }: { onEnrolled(): void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('account.requiredTitle')}</h1>
      <p>{t('account.requiredIntro')}</p>
      <section className="card" aria-label={t('account.secondFactor')}>
        <TotpEnrolment
          onEnrolled={() => {
            notify(t('account.confirmed'));
            onEnrolled();
          }}
        />
      </section>
    </main>
  );
}
