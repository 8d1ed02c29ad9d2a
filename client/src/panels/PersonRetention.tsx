// How long the person's data is kept (the retention rule) and the id the data-protection officer
// needs for a subject-access or erasure request. Read when the panel opens (in the access log).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { op } from '../api/documents.js';
import type * as G from '../generated/graphql.js';
import { formatDate } from '../i18n/format.js';
import { NS } from '../audit/strings.js';

const RETENTION = op<G.PersonRetentionQuery, G.PersonRetentionQueryVariables>('PersonRetention');

export function PersonRetention({ personId }: { personId: string }) {
  const { t: ta } = useTranslation(NS);
  const q = useQuery(RETENTION, { variables: { id: personId }, fetchPolicy: 'no-cache' });
  const until = q.data?.person?.retainUntil ?? null;
  return (
    <section aria-labelledby="sec-retention" className="panel-section">
      <h3 id="sec-retention">{ta('retention.title')}</h3>
      {q.data?.person && <p>{until ? ta('retention.until', { date: formatDate(until) }) : ta('retention.open')}</p>}
      <p className="muted">
        {ta('retention.reference')} <code>{personId}</code>
      </p>
    </section>
  );
}
