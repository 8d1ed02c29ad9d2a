// The legal section's actions: record a consent and share information, each offered only to the
// roles the policy lets do it (roles.ts) and only while the board is editable. The agencies and
// statutes the forms offer are read when a form is opened, not with every panel.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import type { ApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { notify } from '../app/notify.js';
import { useBoard } from '../board/context.js';
import { ConsentDialog } from './ConsentDialog.js';
import { ShareDialog, type ConsentChoice } from './ShareDialog.js';
import { CONSENT_RECORDERS, shareClassesFor } from './roles.js';
import { NS } from './strings.js';

const CHOICES = op<G.LegalChoicesQuery, G.LegalChoicesQueryVariables>('LegalChoices');

type Open = { kind: 'consent' | 'share'; choices: G.LegalChoicesQuery } | null;

interface Props {
  personId: string;
  consents: readonly ConsentChoice[];
  /** Reads the section again after a change. */
  onChanged(): Promise<unknown>;
}

export function LegalActions({ personId, consents, onChanged }: Props) {
  const { t: tl } = useTranslation(NS);
  const b = useBoard();
  const [open, setOpen] = useState<Open>(null);
  const [loading, setLoading] = useState(false);
  const mayRecord = b.editable && !!b.role && CONSENT_RECORDERS.has(b.role);
  const classes = b.editable ? shareClassesFor(b.role) : [];
  if (!mayRecord && !classes.length) return null;

  const show = (kind: 'consent' | 'share') =>
    b.run(async () => {
      setLoading(true);
      try {
        const choices = await query(CHOICES, {});
        setOpen({ kind, choices: { ...choices, agencies: [...choices.agencies].sort((x, y) => x.name.localeCompare(y.name)) } });
      } finally {
        setLoading(false);
      }
    });
  const done = (message: string) => {
    notify(message);
    void b.run(onChanged);
  };
  const failed = (err: ApiError) => void b.run(() => Promise.reject(err));

  return (
    <div className="panel-actions">
      {mayRecord && <button type="button" className="btn btn-small" disabled={loading} onClick={() => void show('consent')}>{tl('consent.open')}</button>}
      {classes.length > 0 && <button type="button" className="btn btn-small" disabled={loading} onClick={() => void show('share')}>{tl('share.open')}</button>}
      {open?.kind === 'consent' && (
        <ConsentDialog
          personId={personId} agencies={open.choices.agencies}
          onRecorded={() => done(tl('consent.recorded'))} onError={failed} onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'share' && (
        <ShareDialog
          personId={personId} classes={classes} consents={consents} statutes={open.choices.legalStatutes}
          onShared={() => done(tl('share.shared'))} onError={failed} onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
