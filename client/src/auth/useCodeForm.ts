// A form that sends a six-digit TOTP code (log in, confirm a new key, turn the factor off): the
// code as typed, a format check before anything is sent, busy and error state, and the server's
// refusal put into words (by default: what it says about the code field, else its message).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage, toApiError, type ApiError } from '../api/errors.js';
import { normaliseCode } from './code.js';

const aboutTheCode = (api: ApiError) => fieldMessage(api, 'code') ?? api.message;

export function useCodeForm(send: (code: string) => Promise<void>, explain: (api: ApiError) => string = aboutTheCode) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const c = normaliseCode(code);
    if (!c) {
      setError(t('account.codeFormat'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await send(c);
    } catch (err) {
      setError(explain(toApiError(err)));
    } finally {
      setBusy(false);
    }
  };
  return { code, setCode, error, setError, busy, setBusy, submit };
}
