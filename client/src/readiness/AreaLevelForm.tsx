// Sets an area's level without an alert (setAreaLevel): for readiness-team members, who judge the
// level from the reports. Recorded in the area's history with who, when and why. Shown on the
// overview, beside the levels, only to team members (the server checks membership too).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, toApiError, type ApiError } from '../api/errors.js';
import { notify } from '../app/notify.js';
import type {
  AreaLevel, AreaLevelRightsQuery, AreaLevelRightsQueryVariables, SetAreaLevelMutation, SetAreaLevelMutationVariables,
} from '../generated/graphql.js';

const SET_LEVEL = op<SetAreaLevelMutation, SetAreaLevelMutationVariables>('SetAreaLevel');
const RIGHTS = op<AreaLevelRightsQuery, AreaLevelRightsQueryVariables>('AreaLevelRights');
const LEVELS: AreaLevel[] = ['NORMAL', 'ELEVATED', 'CRITICAL'];

type Areas = { id: string; name: string; level: AreaLevel }[];

/** The form, for readiness-team members only. */
export function AreaLevelSection({ areas, onDone }: { areas: Areas; onDone(): void }) {
  const [onTeam, setOnTeam] = useState(false);
  useEffect(() => {
    query(RIGHTS, {}).then((r) => setOnTeam(r.readinessTeam.some((m) => m.user.id === r.me?.id)), () => setOnTeam(false));
  }, []);
  return onTeam ? <AreaLevelForm areas={areas} onDone={onDone} /> : null;
}

function AreaLevelForm({ areas, onDone }: { areas: Areas; onDone(): void }) {
  const { t } = useTranslation();
  const [areaId, setAreaId] = useState('');
  const [level, setLevel] = useState<AreaLevel>('NORMAL');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await mutate(SET_LEVEL, { input: { areaId, level, reason } });
      const area = areas.find((a) => a.id === areaId)?.name ?? '';
      notify(t('readinessTeam.level.done', { area, level: t(`situation.levels.${r.setAreaLevel.level}`) }));
      setReason('');
      onDone();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const message = error && (fieldMessage(error, 'level') ?? fieldMessage(error, 'reason') ?? fieldMessage(error, 'areaId') ?? error.message);
  return (
    <section className="card" aria-labelledby="area-level-h">
      <h2 id="area-level-h">{t('readinessTeam.level.title')}</h2>
      <p className="help">{t('readinessTeam.level.help')}</p>
      <form className="situation-form" onSubmit={submit}>
        <label>
          {t('readinessTeam.level.area')}
          <select required value={areaId} onChange={(e) => setAreaId(e.target.value)}>
            <option value="" />
            {areas.map((a) => (
              <option key={a.id} value={a.id}>{t('readinessTeam.level.areaOption', { name: a.name, level: t(`situation.levels.${a.level}`) })}</option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('readinessTeam.level.level')}</legend>
          {LEVELS.map((l) => (
            <label key={l}>
              <input type="radio" name="area-level" value={l} checked={level === l} onChange={() => setLevel(l)} />
              {t(`situation.levels.${l}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('readinessTeam.level.reason')}
          <span className="help" id="area-level-reason-help">{t('readinessTeam.level.reasonHelp')}</span>
          <textarea required rows={2} value={reason} aria-describedby="area-level-reason-help" onChange={(e) => setReason(e.target.value)} />
        </label>
        {message && <p className="form-error" role="alert">{message}</p>}
        <button type="submit" className="btn" disabled={busy}>{t('readinessTeam.level.button')}</button>
      </form>
    </section>
  );
}
