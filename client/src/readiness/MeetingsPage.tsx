// A board's weekly meetings: the generated agenda (overdue, changes, new reports since the last
// meeting, up to this one's date when it is past), the minutes (decisions, and commitments recorded
// here on the board's interventions) and the PDF.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError, type ApiError } from '../api/errors.js';
import { boardPath, navigate } from '../app/router.js';
import { formatDate } from '../i18n/format.js';
import { saveBase64 } from '../managers/download.js';
import type {
  AddMeetingDecisionMutation, AddMeetingDecisionMutationVariables, BoardMeetingsQuery, BoardMeetingsQueryVariables, CreateMeetingMutation,
  CreateMeetingMutationVariables, MeetingChoicesQuery, MeetingChoicesQueryVariables, MeetingDetailQuery, MeetingDetailQueryVariables,
  MeetingMinutesPdfQuery, MeetingMinutesPdfQueryVariables,
} from '../generated/graphql.js';
import { LevelBadge } from './Clock.js';
import { MeetingCommitments, type Choices } from './MeetingCommitments.js';
import './readiness.css';

const MEETINGS = op<BoardMeetingsQuery, BoardMeetingsQueryVariables>('BoardMeetings');
const DETAIL = op<MeetingDetailQuery, MeetingDetailQueryVariables>('MeetingDetail');
const CREATE = op<CreateMeetingMutation, CreateMeetingMutationVariables>('CreateMeeting');
const DECIDE = op<AddMeetingDecisionMutation, AddMeetingDecisionMutationVariables>('AddMeetingDecision');
const PDF = op<MeetingMinutesPdfQuery, MeetingMinutesPdfQueryVariables>('MeetingMinutesPdf');
const CHOICES = op<MeetingChoicesQuery, MeetingChoicesQueryVariables>('MeetingChoices');

/** Who may record commitments: they are the interventions' (policy rule case-team). */
const COMMITTERS = new Set(['COORDINATOR', 'MEMBER']);

export const meetingsPath = (boardId: string) => `${boardPath(boardId)}/meetings`;

function Meeting({ id, boardId, choices, canCommit }: { id: string; boardId: string; choices: Choices | null; canCommit: boolean }) {
  const { t } = useTranslation();
  const [m, setM] = useState<MeetingDetailQuery['meeting']>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => query(DETAIL, { id }).then((r) => setM(r.meeting), (e) => setError(toApiError(e))), [id]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!m) return <p aria-busy="true">{error?.message ?? '…'}</p>;
  const a = m.agenda;
  const decide = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await mutate(DECIDE, { input: { meetingId: id, text } });
      setText('');
      void load();
    } catch (err) {
      setError(toApiError(err));
    }
  };
  const pdf = async () => {
    const r = await query(PDF, { id });
    saveBase64(r.meetingMinutesPdf.filename, r.meetingMinutesPdf.contentType, r.meetingMinutesPdf.base64);
  };
  return (
    <div className="situation-grid">
      <section className="card" aria-labelledby={`agenda-${id}`}>
        <h3 id={`agenda-${id}`}>{t('situation.meetings.agenda', { since: formatDate(a.since), until: formatDate(a.until) })}</h3>
        <h4>{t('situation.meetings.overdue')}</h4>
        {a.overdue.count === 0 && <p>{t('situation.meetings.none')}</p>}
        <ul>
          {a.overdue.followUps.map((i) => <li key={i.id}>{t('situation.meetings.followUp', { title: i.title, date: formatDate(i.nextFollowUp ?? '') })}</li>)}
          {a.overdue.commitments.map((c) => <li key={c.id}>{t('situation.meetings.commitment', { what: c.what, title: c.intervention.title, date: formatDate(c.dueDate) })}</li>)}
        </ul>
        <h4>{t('situation.meetings.changes')}</h4>
        <p>
          {t('situation.meetings.changeCounts', {
            newTies: a.changes.newTies.length, endedTies: a.changes.endedTies.length, changedTies: a.changes.changedTies.length,
            newMemberships: a.changes.newMemberships.length, endedMemberships: a.changes.endedMemberships.length,
          })}
        </p>
        <h4>{t('situation.meetings.newReports')}</h4>
        {a.newReports.length === 0 && <p>{t('situation.meetings.none')}</p>}
        <ul className="situation-list">
          {a.newReports.map((r) => <li key={r.id}>{r.week} <LevelBadge level={r.level} /> {r.organisation}: {r.text}</li>)}
        </ul>
      </section>
      <section className="card" aria-labelledby={`minutes-${id}`}>
        <h3 id={`minutes-${id}`}>{t('situation.meetings.minutes')}</h3>
        <h4>{t('situation.meetings.decisions')}</h4>
        <ol>{m.decisions.map((d) => <li key={d.id}>{d.text}</li>)}</ol>
        <form className="situation-form" onSubmit={decide}>
          <label>
            {t('situation.meetings.decision')}
            <textarea required rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          {error && <p className="form-error" role="alert">{error.message}</p>}
          <button type="submit" className="btn">{t('situation.meetings.addDecision')}</button>
        </form>
        <MeetingCommitments boardId={boardId} meetingId={id} date={m.date} commitments={m.commitments} choices={choices} canEdit={canCommit} onChanged={() => void load()} />
        <p className="help">{t('situation.meetings.commitmentsHelp')}</p>
        <button type="button" className="btn btn-primary" onClick={() => void pdf()}>{t('situation.meetings.pdf')}</button>
      </section>
    </div>
  );
}

export function MeetingsPage({ boardId, role }: { boardId: string; role: string }) {
  const { t } = useTranslation();
  const canCommit = COMMITTERS.has(role);
  const [b, setB] = useState<BoardMeetingsQuery['board']>(null);
  const [choices, setChoices] = useState<Choices | null>(null);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => query(MEETINGS, { boardId }).then((r) => setB(r.board), (e) => setError(toApiError(e))), [boardId]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (canCommit) query(CHOICES, { boardId }).then(setChoices, () => setChoices(null));
  }, [boardId, canCommit]);
  if (!b) return <main id="main" className="page" aria-busy="true">{error?.message ?? '…'}</main>;
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await mutate(CREATE, { input: { boardId, date } });
      void load();
    } catch (err) {
      setError(toApiError(err));
    }
  };
  return (
    <main id="main" className="page">
      <p><a href={boardPath(boardId)} onClick={(e) => { e.preventDefault(); navigate(boardPath(boardId)); }}>← {b.title}</a></p>
      <h1>{t('situation.meetings.title', { board: b.title })}</h1>
      <form className="situation-form card" onSubmit={create}>
        <h2>{t('situation.meetings.new')}</h2>
        <label>
          {t('situation.meetings.date')}
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        {error && <p className="form-error" role="alert">{error.message}</p>}
        <button type="submit" className="btn btn-primary">{t('situation.meetings.create')}</button>
      </form>
      {b.meetings.map((m) => (
        <section key={m.id} aria-labelledby={`m-${m.id}`}>
          <h2 id={`m-${m.id}`}>{formatDate(m.date)}</h2>
          <Meeting id={m.id} boardId={boardId} choices={choices} canCommit={canCommit} />
        </section>
      ))}
    </main>
  );
}
