import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError } from '../api/errors.js';
import type { LoginMutation, LoginMutationVariables, LoginWithTotpMutation, LoginWithTotpMutationVariables } from '../generated/graphql.js';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import type { Me } from '../app/App.js';

const LOGIN = op<LoginMutation, LoginMutationVariables>('Login');
const LOGIN_TOTP = op<LoginWithTotpMutation, LoginWithTotpMutationVariables>('LoginWithTotp');

export function LoginPage({ onLogin }: { onLogin: (me: Me) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Accounts with an authenticator app: the server asks for the code after the password.
  const [needCode, setNeedCode] = useState(false);
  const [code, setCode] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = needCode ? (await mutate(LOGIN_TOTP, { username, password, code: code.trim() })).loginWithTotp : (await mutate(LOGIN, { username, password })).login;
      if (user) onLogin(user);
      else setError(t('login.failed'));
    } catch (err) {
      const e = toApiError(err);
      if (e.code === 'SECOND_FACTOR_REQUIRED') {
        setNeedCode(true);
        setError(null);
      } else setError(e.message || t('login.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page-centre login" id="main">
      <div className="login-lang">
        <LanguageSwitcher />
      </div>
      <form className="card login-card" onSubmit={submit} noValidate>
        <h1>{t('app.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <h2>{t('login.title')}</h2>
        <label htmlFor="login-username">{t('login.username')}</label>
        <input id="login-username" name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} aria-invalid={!!error} aria-describedby={error ? 'login-error' : undefined} />
        <label htmlFor="login-password">{t('login.password')}</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} aria-invalid={!!error} aria-describedby={error ? 'login-error' : undefined} />
        {needCode && (
          <>
            <label htmlFor="login-code">{t('login.code')}</label>
            <p id="login-code-help" className="help">{t('login.codeHelp')}</p>
            <input id="login-code" name="code" inputMode="numeric" autoComplete="one-time-code" autoFocus required value={code} onChange={(e) => setCode(e.target.value)} aria-describedby="login-code-help" />
          </>
        )}
        {error && (
          <p id="login-error" className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </main>
  );
}
