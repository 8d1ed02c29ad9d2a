// Adds a factor (key, kind, domain, names and descriptions in sv/da/en) or edits one's names and
// descriptions (versioned). Invalid fields get the server's translated message under them.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, isField, toApiError, type ApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { Dialog, FieldError } from '../board/dialogs/Dialog.js';
import { notify } from '../app/notify.js';
import { nameIn } from './logic.js';
import { NS } from './strings.js';

const CREATE = op<G.CreateFactorMutation, G.CreateFactorMutationVariables>('CreateFactor');
const UPDATE = op<G.UpdateFactorMutation, G.UpdateFactorMutationVariables>('UpdateFactor');
const TEXTS = ['nameSv', 'nameDa', 'nameEn', 'descriptionSv', 'descriptionDa', 'descriptionEn'] as const;
type TextKey = (typeof TEXTS)[number];

interface Props {
  /** Absent: a new factor. */
  factor?: G.CatalogueFactorFragment;
  onClose(): void;
  onDone(): void;
  onStale(): void;
}

export function FactorForm({ factor, onClose, onDone, onStale }: Props) {
  const { t: tf, i18n } = useTranslation(NS);
  const [key, setKey] = useState('');
  const [kind, setKind] = useState<G.FactorKind>('RISK');
  const [domain, setDomain] = useState<G.FactorDomain>('INDIVIDUAL');
  const [texts, setTexts] = useState<Record<TextKey, string>>(() => Object.fromEntries(TEXTS.map((k) => [k, factor?.[k] ?? ''])) as Record<TextKey, string>);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // After a stale edit the parent passes the latest version: start again from it (the message stays).
  useEffect(() => {
    if (factor) setTexts(Object.fromEntries(TEXTS.map((k) => [k, factor[k] ?? ''])) as Record<TextKey, string>);
  }, [factor]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const opt = (v: string) => v.trim() || null;
    try {
      if (factor) {
        const r = await mutate(UPDATE, {
          input: {
            id: factor.id, version: factor.version, nameSv: texts.nameSv, nameDa: texts.nameDa, nameEn: texts.nameEn,
            descriptionSv: opt(texts.descriptionSv), descriptionDa: opt(texts.descriptionDa), descriptionEn: opt(texts.descriptionEn),
          },
        });
        notify(tf('saved', { name: nameIn(r.updateFactor, i18n.language) }));
      } else {
        const r = await mutate(CREATE, {
          input: {
            key: key.trim(), kind, domain, nameSv: texts.nameSv, nameDa: texts.nameDa, nameEn: texts.nameEn,
            descriptionSv: opt(texts.descriptionSv), descriptionDa: opt(texts.descriptionDa), descriptionEn: opt(texts.descriptionEn),
          },
        });
        notify(tf('created', { name: nameIn(r.createFactor, i18n.language) }));
      }
      onDone();
    } catch (err) {
      const api = toApiError(err);
      setError(api);
      if (api.code === 'STALE_VERSION') onStale();
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string, control: (p: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => React.ReactNode) => {
    const m = fieldMessage(error, name);
    const id = `factor-${name}`;
    return (
      <div key={name}>
        <label htmlFor={id}>{tf(`field.${name}`)}</label>
        {control({ id, 'aria-invalid': !!m, 'aria-describedby': m ? `${id}-error` : undefined })}
        <FieldError id={`${id}-error`} message={m} />
      </div>
    );
  };
  const named = ['key', ...TEXTS] as string[];
  const general = error && (error.code === 'STALE_VERSION' ? tf('stale') : error.fields.some((f) => named.some((n) => isField(f, n))) ? null : error.message);

  return (
    <Dialog title={factor ? tf('editTitle', { name: nameIn(factor, i18n.language) }) : tf('addTitle')} onClose={onClose} className="factor-dialog">
      <form onSubmit={submit} noValidate>
        {general && <p role="alert" className="form-error">{general}</p>}
        {factor ? (
          <p className="help">{factor.key} · {tf(`kinds.${factor.kind}`)} · {tf(`domains.${factor.domain}`)}. {tf('fixedHelp')}</p>
        ) : (
          <>
            {field('key', (p) => <input {...p} value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" spellCheck={false} />)}
            <div className="form-row">
              {field('kind', (p) => (
                <select {...p} value={kind} onChange={(e) => setKind(e.target.value as G.FactorKind)}>
                  {(['RISK', 'PROTECTIVE'] as const).map((k) => <option key={k} value={k}>{tf(`kinds.${k}`)}</option>)}
                </select>
              ))}
              {field('domain', (p) => (
                <select {...p} value={domain} onChange={(e) => setDomain(e.target.value as G.FactorDomain)}>
                  {(['INDIVIDUAL', 'PEERS', 'FAMILY', 'SCHOOL', 'COMMUNITY'] as const).map((d) => <option key={d} value={d}>{tf(`domains.${d}`)}</option>)}
                </select>
              ))}
            </div>
          </>
        )}
        {(['Sv', 'Da', 'En'] as const).map((l) => (
          <fieldset key={l} className="factor-language">
            <legend className="visually-hidden">{tf(`field.name${l}`)}</legend>
            {field(`name${l}`, (p) => <input {...p} lang={l.toLowerCase()} value={texts[`name${l}`]} onChange={(e) => setTexts((t) => ({ ...t, [`name${l}`]: e.target.value }))} />)}
            {field(`description${l}`, (p) => <textarea {...p} lang={l.toLowerCase()} rows={2} value={texts[`description${l}`]} onChange={(e) => setTexts((t) => ({ ...t, [`description${l}`]: e.target.value }))} />)}
          </fieldset>
        ))}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{tf('cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{factor ? tf('save') : tf('create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
