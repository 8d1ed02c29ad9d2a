// The factor catalogue for admins (issue 5 part 1): active and retired factors, add, edit and
// retire (versioned). Retired factors stay listed, marked, because their history stays.
import './factors-admin.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { Dialog } from '../board/dialogs/Dialog.js';
import { notify } from '../app/notify.js';
import { catalogueOrder, nameIn } from './logic.js';
import { FactorForm } from './FactorForm.js';
import { NS } from './strings.js';

const LIST = op<G.AdminFactorCatalogueQuery, G.AdminFactorCatalogueQueryVariables>('AdminFactorCatalogue');
const RETIRE = op<G.RetireFactorMutation, G.RetireFactorMutationVariables>('RetireFactor');
type F = G.CatalogueFactorFragment;

export function FactorsPage() {
  const { t } = useTranslation();
  const { t: tf, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const [factors, setFactors] = useState<F[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<F | 'new' | null>(null);
  const [retiring, setRetiring] = useState<F | null>(null);
  const [retireError, setRetireError] = useState<string | null>(null);

  const load = useCallback(() => {
    query(LIST, {}).then((r) => setFactors(r.factors), (e) => setError(toApiError(e).message || tf('loadFailed')));
  }, [tf]);
  useEffect(load, [load]);
  useEffect(() => {
    document.title = `${tf('title')} · ${t('app.title')}`;
  }, [t, tf]);

  const retire = async () => {
    if (!retiring) return;
    setRetireError(null);
    try {
      const r = await mutate(RETIRE, { id: retiring.id, version: retiring.version });
      notify(tf('retired', { name: nameIn(r.retireFactor, lang) }));
      setRetiring(null);
      load();
    } catch (err) {
      const api = toApiError(err);
      setRetireError(api.code === 'STALE_VERSION' ? tf('stale') : api.message);
      if (api.code === 'STALE_VERSION') load();
    }
  };

  const sorted = factors ? catalogueOrder(factors, lang) : [];
  const table = (list: F[], caption: string, id: string) => (
    <table className="data-table factor-table" aria-labelledby={id}>
      <caption id={id}>{caption}</caption>
      <thead>
        <tr>
          {(['name', 'kind', 'domain', 'key', 'state', 'actions'] as const).map((c) => <th key={c} scope="col">{tf(`col.${c}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {list.map((f) => {
          const name = nameIn(f, lang);
          return (
            <tr key={f.id} className={f.retired ? 'is-retired' : undefined}>
              <th scope="row">{name}</th>
              <td>{tf(`kinds.${f.kind}`)}</td>
              <td>{tf(`domains.${f.domain}`)}</td>
              <td><code>{f.key}</code></td>
              <td>{f.retired ? <strong>{tf('stateRetired')}</strong> : tf('stateActive')}</td>
              <td className="actions">
                <button type="button" className="btn" aria-label={tf('editLabel', { name })} onClick={() => setEditing(f)}>{tf('edit')}</button>
                {!f.retired && (
                  <button type="button" className="btn" aria-label={tf('retireLabel', { name })} onClick={() => { setRetireError(null); setRetiring(f); }}>{tf('retire')}</button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  const active = sorted.filter((f) => !f.retired);
  const retired = sorted.filter((f) => f.retired);

  return (
    <main className="page factors-page" id="main">
      <h1>{tf('title')}</h1>
      <p className="help">{tf('intro')}</p>
      <p><button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>{tf('add')}</button></p>
      {error && <p role="alert" className="form-error">{error}</p>}
      {!factors && !error && <p aria-busy="true">{t('app.loading')}</p>}
      {factors && table(active, tf('active'), 'factors-active')}
      {factors && (retired.length ? table(retired, tf('retiredList'), 'factors-retired') : <p className="muted">{tf('noneRetired')}</p>)}
      {editing && (
        <FactorForm
          factor={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onStale={() => {
            // Start again from the latest version: close and reopen on the reloaded row.
            const id = editing === 'new' ? null : editing.id;
            query(LIST, {}).then((r) => {
              setFactors(r.factors);
              const fresh = r.factors.find((f) => f.id === id);
              if (fresh) setEditing(fresh);
            }, () => undefined);
          }}
          onDone={() => { setEditing(null); load(); }}
        />
      )}
      {retiring && (
        <Dialog title={tf('retireTitle', { name: nameIn(retiring, lang) })} onClose={() => setRetiring(null)}>
          <p>{tf('retireText')}</p>
          {retireError && <p role="alert" className="form-error">{retireError}</p>}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setRetiring(null)}>{tf('cancel')}</button>
            <button type="button" className="btn btn-primary" onClick={retire}>{tf('retire')}</button>
          </div>
        </Dialog>
      )}
    </main>
  );
}
