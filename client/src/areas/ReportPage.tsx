// The weekly situation report form, for staff and outside reporters alike, and the reports you
// filed. The text is checked as you write: an identity number stops the report, what looks like
// a name or a handle is pointed out (reports are about places and events, never people).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, toApiError, type ApiError } from '../api/errors.js';
import { notify } from '../app/notify.js';
import type {
  CheckReportTextQuery, CheckReportTextQueryVariables, FileReportMutation, FileReportMutationVariables, ReportFormQuery, ReportFormQueryVariables,
} from '../generated/graphql.js';
import { LevelBadge } from '../readiness/Clock.js';
import { currentIsoWeek } from '../readiness/format.js';
import '../readiness/readiness.css';

const FORM = op<ReportFormQuery, ReportFormQueryVariables>('ReportForm');
const CHECK = op<CheckReportTextQuery, CheckReportTextQueryVariables>('CheckReportText');
const FILE = op<FileReportMutation, FileReportMutationVariables>('FileReport');

type Level = 'NORMAL' | 'ELEVATED' | 'CRITICAL';

export function ReportPage() {
  const { t } = useTranslation();
  const [d, setD] = useState<ReportFormQuery | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [areaId, setAreaId] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [week, setWeek] = useState(currentIsoWeek);
  const [level, setLevel] = useState<Level>('NORMAL');
  const [events, setEvents] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const [text, setText] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [warnings, setWarnings] = useState<CheckReportTextQuery['checkReportText']>([]);

  const load = () => query(FORM, {}).then(setD, (e) => setError(toApiError(e)));
  useEffect(() => {
    void load();
  }, []);
  useEffect(() => {
    if (!text.trim()) return setWarnings([]);
    // Checked a moment after typing stops, not on every key.
    const id = window.setTimeout(() => void query(CHECK, { text }).then((r) => setWarnings(r.checkReportText), () => undefined), 600);
    return () => window.clearTimeout(id);
  }, [text]);

  if (!d) return <main id="main" className="page" aria-busy="true">{error?.message ?? '…'}</main>;
  const places = d.areas.find((a) => a.id === areaId)?.places ?? [];
  const blocking = warnings.some((w) => w.blocking);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const eventTypes = [...events, ...other.split(',').map((s) => s.trim()).filter(Boolean)];
      await mutate(FILE, { input: { areaId, placeId: placeId || null, week, level, eventTypes, text: text || null, organisation } });
      notify(t('situation.report.sent'));
      setText('');
      setEvents([]);
      setOther('');
      void load();
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <main id="main" className="page">
      <h1>{t('situation.report.title')}</h1>
      <p>{t('situation.report.intro')}</p>
      <form className="situation-form card" onSubmit={send}>
        <label>
          {t('situation.report.area')}
          <select required value={areaId} onChange={(e) => { setAreaId(e.target.value); setPlaceId(''); }}>
            <option value="" />
            {d.areas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
        <label>
          {t('situation.report.place')}
          <select value={placeId} onChange={(e) => setPlaceId(e.target.value)}>
            <option value="">{t('situation.report.anyPlace')}</option>
            {places.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label>
          {t('situation.report.week')}
          <input required pattern="\d{4}-W\d{2}" value={week} onChange={(e) => setWeek(e.target.value)} aria-describedby="week-err" />
        </label>
        {fieldMessage(error, 'week') && <p id="week-err" className="form-error">{fieldMessage(error, 'week')}</p>}
        <fieldset>
          <legend>{t('situation.report.level')}</legend>
          {(['NORMAL', 'ELEVATED', 'CRITICAL'] as const).map((l) => (
            <label key={l}>
              <input type="radio" name="report-level" checked={level === l} onChange={() => setLevel(l)} />
              {t(`situation.levels.${l}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('situation.report.events')}</legend>
          {d.eventTypes.map((ev) => (
            <label key={ev.key}>
              <input type="checkbox" checked={events.includes(ev.key)} onChange={(e) => setEvents(e.target.checked ? [...events, ev.key] : events.filter((x) => x !== ev.key))} />
              {ev.label}
            </label>
          ))}
        </fieldset>
        <label>
          {t('situation.report.otherEvent')}
          <input value={other} onChange={(e) => setOther(e.target.value)} />
        </label>
        <label>
          {t('situation.report.text')}
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="text-warnings" />
        </label>
        <div id="text-warnings" aria-live="polite">
          {warnings.length > 0 && (
            <ul className={`warning-list${blocking ? ' blocking' : ''}`} aria-label={t('situation.report.warnings')}>
              {warnings.map((w, i) => <li key={i}><q>{w.excerpt}</q>: {w.message}</li>)}
            </ul>
          )}
        </div>
        <label>
          {t('situation.report.organisation')}
          <input required value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
        </label>
        {error && !fieldMessage(error, 'week') && <p className="form-error" role="alert">{fieldMessage(error, 'text') ?? fieldMessage(error, 'placeId') ?? error.message}</p>}
        <button type="submit" className="btn btn-primary" disabled={blocking}>{t('situation.report.send')}</button>
      </form>
      <h2>{t('situation.report.mine')}</h2>
      <ul className="situation-list">
        {d.myReports.map((r) => (
          <li key={r.id}>
            <strong>{r.area.name}</strong>{r.place ? `, ${r.place.name}` : ''} · {r.week} <LevelBadge level={r.level} />
            {r.text && <><br />{r.text}</>}
          </li>
        ))}
      </ul>
    </main>
  );
}
