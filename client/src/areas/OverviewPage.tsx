// The municipality's weekly picture: a heat map of areas × weeks (each cell the highest level
// reported that week, written out, not colour alone), trend, open alerts, the boards and groups
// active in each area (your own linked, others counted), and the latest reports.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError, type ApiError } from '../api/errors.js';
import { boardPath, navigate } from '../app/router.js';
import type { SituationOverviewQuery, SituationOverviewQueryVariables } from '../generated/graphql.js';
import { LevelBadge } from '../readiness/Clock.js';
import { meetingsPath } from '../readiness/MeetingsPage.js';
import { AreaLevelSection } from '../readiness/AreaLevelForm.js';
import '../readiness/readiness.css';

const OVERVIEW = op<SituationOverviewQuery, SituationOverviewQueryVariables>('SituationOverview');

export function OverviewPage() {
  const { t } = useTranslation();
  const [d, setD] = useState<SituationOverviewQuery | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => {
    query(OVERVIEW, {}).then(setD, (e) => setError(toApiError(e)));
  }, []);
  useEffect(load, [load]);
  if (!d) return <main id="main" className="page" aria-busy="true">{error?.message ?? '…'}</main>;
  const o = d.situationOverview;
  return (
    <main id="main" className="page">
      <h1>{t('situation.overview.title')}</h1>
      <div style={{ overflowX: 'auto' }}>
        <table className="heatmap">
          <caption>{t('situation.overview.heatmap')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('situation.overview.areaCol')}</th>
              {o.weeks.map((w) => <th key={w} scope="col">{w.slice(5)}</th>)}
              <th scope="col">{t('situation.overview.trendCol')}</th>
              <th scope="col">{t('situation.overview.current')}</th>
            </tr>
          </thead>
          <tbody>
            {o.areas.map((a) => (
              <tr key={a.area.id}>
                <th scope="row">
                  {a.area.name}
                  {a.openAlerts.length > 0 && (
                    <>
                      {' '}
                      <a href={`/readiness/${a.openAlerts[0]!.id}`} onClick={(e) => { e.preventDefault(); navigate(`/readiness/${a.openAlerts[0]!.id}`); }}>
                        {t('situation.overview.alertOpen')}
                      </a>
                    </>
                  )}
                </th>
                {a.weeks.map((c) => (
                  <td key={c.week} className={`cell-${c.level?.toLowerCase() ?? 'none'}`} title={c.level ? t('situation.overview.reportsCount', { count: c.reports }) : undefined}>
                    {c.level ? t(`situation.levels.${c.level}`) : <span className="visually-hidden">{t('situation.overview.noReports')}</span>}
                    {!c.level && <span aria-hidden="true">·</span>}
                  </td>
                ))}
                <td>{t(`situation.trend.${a.trend}`)}</td>
                <td><LevelBadge level={a.area.level} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="situation-grid">
        <AreaLevelSection areas={o.areas.map((a) => a.area)} onDone={load} />
        <section className="card" aria-labelledby="active-h">
          <h2 id="active-h">{t('situation.overview.active')}</h2>
          {o.areas.map((a) => (
            <div key={a.area.id}>
              <h3>{a.area.name}</h3>
              <ul>
                {a.area.activity.boards.map((b) => (
                  <li key={b.id}>
                    <a href={boardPath(b.id)} onClick={(e) => { e.preventDefault(); navigate(boardPath(b.id)); }}>{b.title}</a>
                    {' · '}
                    <a href={meetingsPath(b.id)} onClick={(e) => { e.preventDefault(); navigate(meetingsPath(b.id)); }}>{t('situation.meetings.open')}</a>
                  </li>
                ))}
              </ul>
              <p>{t('situation.alert.otherBoards', { count: a.area.activity.otherBoards })} · {t('situation.alert.groups', { mine: a.area.activity.groups.length, other: a.area.activity.otherGroups })}</p>
            </div>
          ))}
        </section>
        <section className="card" aria-labelledby="latest-h">
          <h2 id="latest-h">{t('situation.overview.latest')}</h2>
          <ul className="situation-list">
            {o.latestReports.map((r) => (
              <li key={r.id}>
                <strong>{r.area.name}</strong> {r.week} <LevelBadge level={r.level} />
                <br />
                {r.organisation}: {r.text}
                {r.events.length > 0 && <><br /><span className="help">{r.events.map((e) => e.label).join(', ')}</span></>}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
