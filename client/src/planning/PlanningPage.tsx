// The planning view of a board, one young person on it or one of its groups: the matrix of
// factors against interventions, the gaps, and from a gap the intervention that closes it.
import './planning.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { boardPath, navigate } from '../app/router.js';
import type { Me } from '../app/App.js';
import { Matrix } from './Matrix.js';
import { Gaps, type Gap } from './Gaps.js';
import { CreateFromGap } from './CreateFromGap.js';
import { planningPath, scopeFromSearch, type PlanningScope } from './route.js';
import { NS } from './strings.js';
import { InterventionsLink } from '../interventions/InterventionsLink.js';

const PLANNING = op<G.PlanningQuery, G.PlanningQueryVariables>('Planning');
const CHOICES = op<G.PlanningChoicesQuery, G.PlanningChoicesQueryVariables>('PlanningChoices');
const EDITORS = new Set(['COORDINATOR', 'MEMBER']);

type Plan = NonNullable<G.PlanningQuery['planning']>;
type Choices = G.PlanningChoicesQuery;

export function PlanningPage({ boardId, me }: { boardId: string; me: Me }) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation(NS);
  const [scope, setScope] = useState<PlanningScope>(() => scopeFromSearch(window.location.search));
  const [choices, setChoices] = useState<Choices | null>(null);
  const [plan, setPlan] = useState<Plan | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [gap, setGap] = useState<Gap | null>(null);

  const load = useCallback(() => {
    setError(null);
    query(PLANNING, { boardId, personId: scope.personId, groupId: scope.groupId }).then(
      (r) => setPlan(r.planning),
      (e) => setError(toApiError(e).message || tp('loadFailed')),
    );
  }, [boardId, scope, tp]);

  useEffect(() => {
    query(CHOICES, { boardId }).then(setChoices, (e) => setError(toApiError(e).message));
  }, [boardId]);
  useEffect(load, [load]);
  useEffect(() => {
    if (plan) document.title = `${tp('title', { board: plan.board.title })} · ${t('app.title')}`;
  }, [plan, t, tp]);

  const choose = (next: PlanningScope) => {
    // The address follows the scope, so the view can be bookmarked and shared within the team.
    window.history.replaceState(null, '', planningPath(boardId, next));
    setScope(next);
  };
  const kind = scope.personId ? 'person' : scope.groupId ? 'group' : 'board';
  const young = (choices?.board?.people ?? []).filter((p) => p.kind === 'YOUNG_PERSON');
  const groups = choices?.board?.groups ?? [];

  return (
    <main className="page planning-page" id="main">
      <p>
        <a href={boardPath(boardId)} onClick={(e) => { e.preventDefault(); navigate(boardPath(boardId)); }}>{tp('back')}</a>
        {' · '}
        <InterventionsLink boardId={boardId} />
      </p>
      <h1>{tp('title', { board: plan?.board.title ?? choices?.board?.title ?? '' })}</h1>
      <form className="card planning-scope" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{tp('scope')}</legend>
          <div className="segmented">
            {(['board', 'person', 'group'] as const).map((k) => (
              <label key={k} className="choice">
                <input
                  type="radio" name="scope" value={k} checked={kind === k}
                  onChange={() => choose(k === 'board' ? { personId: null, groupId: null } : k === 'person' ? { personId: young[0]?.id ?? null, groupId: null } : { personId: null, groupId: groups[0]?.id ?? null })}
                />
                {tp(k === 'board' ? 'scopeBoard' : k === 'person' ? 'scopePerson' : 'scopeGroup')}
              </label>
            ))}
          </div>
          {kind === 'person' && (
            <>
              <label htmlFor="scope-person">{tp('choosePerson')}</label>
              <select id="scope-person" value={scope.personId ?? ''} onChange={(e) => choose({ personId: e.target.value, groupId: null })}>
                {young.map((p) => <option key={p.id} value={p.id}>{p.alias}</option>)}
              </select>
            </>
          )}
          {kind === 'group' && (
            <>
              <label htmlFor="scope-group">{tp('chooseGroup')}</label>
              <select id="scope-group" value={scope.groupId ?? ''} onChange={(e) => choose({ personId: null, groupId: e.target.value })}>
                {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
              </select>
            </>
          )}
        </fieldset>
      </form>
      {error && <p role="alert" className="form-error">{error}</p>}
      {plan === undefined && !error && <p aria-busy="true">{t('app.loading')}</p>}
      {plan === null && <p role="alert">{tp('loadFailed')}</p>}
      {plan && (
        <>
          <p className="help">{tp('matrixHelp')}</p>
          {plan.interventions.length === 0 && <p className="muted">{tp('noInterventions')}</p>}
          <Matrix plan={plan} />
          <Gaps plan={plan} canCreate={EDITORS.has(me.role)} onCreate={setGap} />
        </>
      )}
      {gap && plan && (
        <CreateFromGap
          boardId={boardId}
          gap={gap}
          people={plan.people.map((p) => ({ id: p.id, name: p.alias }))}
          groups={groups}
          factors={plan.rows.map((r) => ({ id: r.factor.id, name: r.factor.name }))}
          agencies={choices?.agencies ?? []}
          onClose={() => setGap(null)}
          onDone={() => {
            setGap(null);
            load();
          }}
        />
      )}
    </main>
  );
}
