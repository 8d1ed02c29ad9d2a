// Setting up an authenticator app: a new key from the server (startTotpEnrolment), shown as a QR
// code, as text in groups of four and as the otpauth:// link, then confirmed with the code the
// app shows (confirmTotpEnrolment). Confirming renews the session and ends the user's others.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError } from '../api/errors.js';
import type {
  ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables, StartTotpEnrolmentMutation, StartTotpEnrolmentMutationVariables,
} from '../generated/graphql.js';
import { CodeField } from './CodeField.js';
import { QrCode } from './QrCode.js';
import { groupKey } from './code.js';
import { useCodeForm } from './useCodeForm.js';

const START = op<StartTotpEnrolmentMutation, StartTotpEnrolmentMutationVariables>('StartTotpEnrolment');
const CONFIRM = op<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>('ConfirmTotpEnrolment');

type Enrolment = StartTotpEnrolmentMutation['startTotpEnrolment'];

export function TotpEnrolment({ onEnrolled }: { onEnrolled(): void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const { code, setCode, error, setError, busy, setBusy, submit: confirm } = useCodeForm(async (c) => {
    await mutate(CONFIRM, { code: c });
    onEnrolled();
  });

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setEnrolment((await mutate(START, {})).startTotpEnrolment);
      setCode('');
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  if (!enrolment) {
    return (
      <>
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void start()}>{t('account.setUp')}</button>
      </>
    );
  }
  return (
    <form className="totp-enrol" onSubmit={confirm} noValidate>
      <p>{t('account.scan')}</p>
      <div className="totp-key">
        <QrCode text={enrolment.uri} label={t('account.qr')} />
        <dl>
          <dt>{t('account.key')}</dt>
          <dd><code className="totp-secret">{groupKey(enrolment.secret)}</code></dd>
          <dd className="help">{t('account.keyHelp')}</dd>
          <dt>{t('account.uri')}</dt>
          <dd><code className="totp-uri">{enrolment.uri}</code></dd>
        </dl>
      </div>
      <p>{t('account.enter')}</p>
      <CodeField id="enrol-code" label={t('account.code')} help={t('account.codeHelp')} value={code} error={error} onChange={setCode} />
      <p className="help">{t('account.lapses')}</p>
      <div className="row-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>{t('account.confirm')}</button>
        <button type="button" className="btn" disabled={busy} onClick={() => void start()}>{t('account.restart')}</button>
      </div>
    </form>
  );
}
