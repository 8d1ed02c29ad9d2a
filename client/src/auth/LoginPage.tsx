import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError } from '../api/errors.js';
import type { LoginMutation, LoginMutationVariables, LoginWithTotpMutation, LoginWithTotpMutationVariables } from '../generated/graphql.js';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import { CodeField } from './CodeField.js';
import { useCodeForm } from './useCodeForm.js';

const LOGIN = op<LoginMutation, LoginMutationVariables>('Login');
const LOGIN_TOTP = op<LoginWithTotpMutation, LoginWithTotpMutationVariables>('LoginWithTotp');

/** `onLogin` runs once a session exists; the app then reads who is logged in (me). */
export function LoginPage({ onLogin }: { onLogin: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // Accounts with an authenticator app: the server refuses the password alone with
  // SECOND_FACTOR_REQUIRED (starting no session), and a second step asks for the code. The
  // password stays in memory for loginWithTotp, which checks both at once.
  const [needCode, setNeedCode] = useState(false);
  const { code, setCode, error, setError, busy, setBusy, submit: submitCode } = useCodeForm(
    async (c) => {
      const user = (await mutate(LOGIN_TOTP, { username, password, code: c })).loginWithTotp;
      if (user) onLogin();
      else setError(t('account.login.failed'));
    },
    // The password was right a moment ago, so a refusal here is about the code (or a lockout,
    // which the server words like a wrong password on purpose).
    (api) => (api.code === 'UNAUTHENTICATED' ? t('account.login.failed') : api.message),
  );

  const submitPassword = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = (await mutate(LOGIN, { username, password })).login;
      if (user) onLogin();
      else setError(t('login.failed'));
    } catch (err) {
      const api = toApiError(err);
      if (api.code === 'SECOND_FACTOR_REQUIRED') {
        setNeedCode(true);
        setCode('');
      } else setError(api.message || t('login.failed'));
    } finally {
      setBusy(false);
    }
  };

  const back = () => {
    setNeedCode(false);
    setPassword('');
    setCode('');
    setError(null);
  };

  return (
    <main className="page-centre login" id="main">
      <div className="login-lang">
        <LanguageSwitcher />
      </div>
      {needCode ? (
        <form className="card login-card" onSubmit={submitCode} noValidate>
          <h1>{t('app.title')}</h1>
          <h2>{t('account.login.step')}</h2>
          <p className="muted">{t('account.login.intro')}</p>
          <CodeField id="login-code" label={t('login.code')} help={t('login.codeHelp')} value={code} error={error} autoFocus onChange={setCode} />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('account.login.verify')}
          </button>
          <button type="button" className="btn" onClick={back}>
            {t('account.login.back')}
          </button>
        </form>
      ) : (
        <form className="card login-card" onSubmit={submitPassword} noValidate>
          <h1>{t('app.title')}</h1>
          <p className="muted">{t('login.intro')}</p>
          <h2>{t('login.title')}</h2>
          <label htmlFor="login-username">{t('login.username')}</label>
          <input id="login-username" name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} aria-invalid={!!error} aria-describedby={error ? 'login-error' : undefined} />
          <label htmlFor="login-password">{t('login.password')}</label>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} aria-invalid={!!error} aria-describedby={error ? 'login-error' : undefined} />
          {error && (
            <p id="login-error" className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('login.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
