// One alert: its clock, what is known about the area, and the team's record: convening (when, who),
// decisions, who does what by when, and closing with a summary and the area's level after.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError, type ApiError } from '../api/errors.js';
import { boardPath, navigate } from '../app/router.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import type { AlertDetailQuery, AlertDetailQueryVariables } from '../generated/graphql.js';
import { Clock, LevelBadge } from './Clock.js';
import { ActionForm, CloseForm, ConveneForm, DecisionForm, DoneToggle } from './AlertForms.js';
import './readiness.css';

const DETAIL = op<AlertDetailQuery, AlertDetailQueryVariables>('AlertDetail');

export function AlertPage({ alertId }: { alertId: string }) {
  const { t } = useTranslation();
  const [data, setData] = useState<{ d: AlertDetailQuery; at: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => query(DETAIL, { id: alertId }).then((d) => setData({ d, at: Date.now() }), (e) => setError(toApiError(e))), [alertId]);
  useEffect(() => {
    void load();
  }, [load]);

  const a = data?.d.readinessAlert;
  useEffect(() => {
    if (a) document.title = `${t('situation.alert.title', { area: a.area.name })} · Tavla`;
  }, [a, t]);
  if (!data) return <main id="main" className="page" aria-busy="true">{error?.message ?? '…'}</main>;
  if (!a) return <main id="main" className="page"><p>{error?.message ?? '–'}</p></main>;
  const onTeam = data.d.readinessTeam.some((m) => m.user.id === data.d.me?.id);
  const reload = () => void load();

  return (
    <main id="main" className="page">
      <p>
        <a href="/readiness" onClick={(e) => { e.preventDefault(); navigate('/readiness'); }}>← {t('situation.alert.back')}</a>
      </p>
      <h1>
        {t('situation.alert.title', { area: a.area.name })} <LevelBadge level={a.level} />
      </h1>
      <p>
        <strong>{t(`situation.status.${a.status}`)}</strong> · {formatDateTime(a.raisedAt)} · {t('situation.readiness.raisedBy', { name: a.raisedBy })}
      </p>
      <section aria-labelledby="clock-h">
        <h2 id="clock-h">{t('situation.clock.heading')}</h2>
        <Clock clock={a.clock} receivedAt={data.at} />
      </section>
      <p className="card">{a.reason}</p>

      <div className="situation-grid">
        <section className="card" aria-labelledby="known-h">
          <h2 id="known-h">{t('situation.alert.known')}</h2>
          <h3>{t('situation.alert.reports')}</h3>
          <ul className="situation-list">
            {a.area.reports.map((r) => (
              <li key={r.id}>
                {r.week} <LevelBadge level={r.level} /> {r.organisation}: {r.text}
              </li>
            ))}
          </ul>
          <h3>{t('situation.alert.boards')}</h3>
          <ul>
            {a.area.activity.boards.map((b) => (
              <li key={b.id}>
                <a href={boardPath(b.id)} onClick={(e) => { e.preventDefault(); navigate(boardPath(b.id)); }}>{b.title}</a>
              </li>
            ))}
          </ul>
          <p>{t('situation.alert.otherBoards', { count: a.area.activity.otherBoards })}</p>
          <p>{t('situation.alert.groups', { mine: a.area.activity.groups.length, other: a.area.activity.otherGroups })}</p>
        </section>

        <section className="card" aria-labelledby="convene-h">
          <h2 id="convene-h">{t('situation.alert.convene')}</h2>
          {a.convening ? (
            <>
              <p>{t('situation.alert.convened', { at: formatDateTime(a.convening.convenedAt), name: a.convening.recordedBy })}</p>
              <p>{[...a.convening.attendees.map((u) => u.displayName), ...a.convening.otherAttendees].join(', ')}</p>
              {a.convening.note && <p>{a.convening.note}</p>}
            </>
          ) : onTeam && a.status === 'RAISED' ? (
            <ConveneForm alertId={a.id} team={data.d.readinessTeam.map((m) => m.user)} onDone={reload} />
          ) : (
            <p>{t('situation.alert.nothingYet')}</p>
          )}
        </section>
      </div>

      <div className="situation-grid">
        <section className="card" aria-labelledby="decisions-h">
          <h2 id="decisions-h">{t('situation.alert.decisions')}</h2>
          {a.decisions.length === 0 && <p>{t('situation.alert.nothingYet')}</p>}
          <ol>
            {a.decisions.map((x) => (
              <li key={x.id}>{x.text} <span className="help">({x.recordedBy})</span></li>
            ))}
          </ol>
          {onTeam && a.status === 'CONVENED' && <DecisionForm alertId={a.id} onDone={reload} />}
        </section>
        <section className="card" aria-labelledby="actions-h">
          <h2 id="actions-h">{t('situation.alert.actions')}</h2>
          {a.actions.length === 0 && <p>{t('situation.alert.nothingYet')}</p>}
          <ul className="situation-list">
            {a.actions.map((x) => (
              <li key={x.id}>
                <strong>{x.what}</strong> — {x.who}, {t('situation.alert.due')} {formatDate(x.due)}
                {x.overdue && <span className="lvl-badge lvl-critical"> {t('situation.alert.overdue')}</span>}
                {onTeam ? <DoneToggle id={x.id} done={x.done} label={`${t('situation.alert.done')}: ${x.what}`} onDone={reload} /> : x.done && <span> ✓ {t('situation.alert.done')}</span>}
              </li>
            ))}
          </ul>
          {onTeam && a.status === 'CONVENED' && <ActionForm alertId={a.id} onDone={reload} />}
        </section>
      </div>

      <section className="card" aria-labelledby="close-h">
        <h2 id="close-h">{t('situation.alert.close')}</h2>
        {a.status === 'CLOSED' ? (
          <>
            <p>{t('situation.alert.closed', { at: formatDateTime(a.closedAt!), name: a.closedBy })}</p>
            <p>{a.summary}</p>
          </>
        ) : onTeam ? (
          <CloseForm alertId={a.id} onDone={reload} />
        ) : (
          <p>{t('situation.alert.nothingYet')}</p>
        )}
      </section>
    </main>
  );
}
