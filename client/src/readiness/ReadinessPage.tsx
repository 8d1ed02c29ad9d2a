// Readiness: the alerts (open first, each with its clock), raising one (readiness-team members),
// and how fast the team convened, overall and per month.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, toApiError, type ApiError } from '../api/errors.js';
import { navigate } from '../app/router.js';
import { formatDateTime } from '../i18n/format.js';
import type { ReadinessHomeQuery, ReadinessHomeQueryVariables, RaiseAlertMutation, RaiseAlertMutationVariables } from '../generated/graphql.js';
import { Clock, LevelBadge } from './Clock.js';
import { duration } from './format.js';
import './readiness.css';

const HOME = op<ReadinessHomeQuery, ReadinessHomeQueryVariables>('ReadinessHome');
const RAISE = op<RaiseAlertMutation, RaiseAlertMutationVariables>('RaiseAlert');

type Stats = ReadinessHomeQuery['readinessStats']['overall'];

function StatsLine({ s }: { s: Stats }) {
  const { t } = useTranslation();
  return (
    <>
      <td>{s.alerts}</td>
      <td>{s.medianMinutesToConvene == null ? t('situation.readiness.noData') : duration(s.medianMinutesToConvene)}</td>
      <td>
        {s.shareWithinDeadline == null
          ? t('situation.readiness.noData')
          : `${Math.round(s.shareWithinDeadline * 100)} % (${t('situation.readiness.ofDecided', { within: s.withinDeadline, decided: s.decided })})`}
      </td>
    </>
  );
}

export function ReadinessPage() {
  const { t } = useTranslation();
  const [data, setData] = useState<{ d: ReadinessHomeQuery; at: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [areaId, setAreaId] = useState('');
  const [level, setLevel] = useState<'ELEVATED' | 'CRITICAL'>('ELEVATED');
  const [reason, setReason] = useState('');

  const load = useCallback(() => query(HOME, {}).then((d) => setData({ d, at: Date.now() }), (e) => setError(toApiError(e))), []);
  useEffect(() => {
    void load();
  }, [load]);

  if (!data) return <main id="main" className="page" aria-busy="true">{error?.message ?? '…'}</main>;
  const { d, at } = data;
  const onTeam = d.readinessTeam.some((m) => m.user.id === d.me?.id);

  const raise = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await mutate(RAISE, { input: { areaId, level, reason } });
      navigate(`/readiness/${encodeURIComponent(r.raiseAlert.id)}`);
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <main id="main" className="page">
      <h1>{t('situation.readiness.title')}</h1>
      <p>
        <a href="/readiness/team" onClick={(e) => { e.preventDefault(); navigate('/readiness/team'); }}>{t('readinessTeam.link')}</a>
      </p>
      <div className="situation-grid">
        <section className="card" aria-labelledby="raise-h">
          <h2 id="raise-h">{t('situation.readiness.raise')}</h2>
          {onTeam ? (
            <form className="situation-form" onSubmit={raise}>
              <label>
                {t('situation.readiness.area')}
                <select required value={areaId} onChange={(e) => setAreaId(e.target.value)}>
                  <option value="" />
                  {d.areas.map((a) => (
                    <option key={a.id} value={a.id}>{a.name}</option>
                  ))}
                </select>
              </label>
              <fieldset>
                <legend>{t('situation.readiness.level')}</legend>
                {(['ELEVATED', 'CRITICAL'] as const).map((l) => (
                  <label key={l}>
                    <input type="radio" name="level" value={l} checked={level === l} onChange={() => setLevel(l)} />
                    {t(`situation.levels.${l}`)}
                  </label>
                ))}
              </fieldset>
              <label>
                {t('situation.readiness.reason')}
                <span className="help" id="reason-help">{t('situation.readiness.reasonHelp')}</span>
                <textarea required rows={3} value={reason} aria-describedby="reason-help" onChange={(e) => setReason(e.target.value)} />
              </label>
              {error && <p className="form-error" role="alert">{fieldMessage(error, 'reason') ?? fieldMessage(error, 'areaId') ?? error.message}</p>}
              <button type="submit" className="btn btn-danger">{t('situation.readiness.raiseButton')}</button>
            </form>
          ) : (
            <p>{t('situation.readiness.notOnTeam')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="stats-h">
          <h2 id="stats-h">{t('situation.readiness.stats')}</h2>
          <table className="heatmap">
            <thead>
              <tr>
                <th scope="col">{t('situation.readiness.month')}</th>
                <th scope="col">{t('situation.readiness.alerts')}</th>
                <th scope="col">{t('situation.readiness.median')}</th>
                <th scope="col">{t('situation.readiness.share')}</th>
              </tr>
            </thead>
            <tbody>
              {d.readinessStats.byMonth.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <StatsLine s={m.stats} />
                </tr>
              ))}
              <tr>
                <th scope="row">Σ</th>
                <StatsLine s={d.readinessStats.overall} />
              </tr>
            </tbody>
          </table>
        </section>
      </div>
      <h2>{t('situation.readiness.title')}</h2>
      {d.readinessAlerts.length === 0 && <p>{t('situation.readiness.none')}</p>}
      <ul className="situation-list">
        {d.readinessAlerts.map((a) => (
          <li key={a.id}>
            <div className="row-actions">
              <a
                href={`/readiness/${encodeURIComponent(a.id)}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/readiness/${encodeURIComponent(a.id)}`);
                }}
              >
                {t('situation.alert.title', { area: a.area.name })}
              </a>
              <LevelBadge level={a.level} />
              <span>{t(`situation.status.${a.status}`)}</span>
              <span>{formatDateTime(a.raisedAt)} · {t('situation.readiness.raisedBy', { name: a.raisedBy })}</span>
            </div>
            <Clock clock={a.clock} receivedAt={at} compact />
          </li>
        ))}
      </ul>
    </main>
  );
}
