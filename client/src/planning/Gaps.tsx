// The gaps the planning view found, each with its one action: create the intervention that closes
// it (the form comes pre-filled from the server's suggestion), or, for an intervention that
// targets no factor, go and set its factors on the board.
import { useTranslation } from 'react-i18next';
import type { PlanningQuery } from '../generated/graphql.js';
import { boardPath, navigate } from '../app/router.js';
import { NS } from './strings.js';

type Plan = NonNullable<PlanningQuery['planning']>;
export type Gap = Plan['gaps'][number];

interface Props {
  plan: Plan;
  canCreate: boolean;
  onCreate(gap: Gap): void;
}

export function Gaps({ plan, canCreate, onCreate }: Props) {
  const { t: tp } = useTranslation(NS);
  return (
    <section aria-labelledby="gaps-title" className="card planning-gaps">
      <h2 id="gaps-title">{tp('gaps')} ({plan.gaps.length})</h2>
      {!plan.gaps.length ? (
        <p>{tp('noGaps')}</p>
      ) : (
        <ul className="plain gap-list">
          {plan.gaps.map((g, k) => (
            <li key={`${g.kind}-${k}`} className={`gap gap-${g.kind.toLowerCase()}`}>
              <span>
                {tp(`gap.${g.kind}`, {
                  factor: g.factor?.name ?? '',
                  people: g.people.map((p) => p.alias).join(', '),
                  intervention: g.intervention?.title ?? '',
                  agency: g.agency?.name ?? '',
                })}
              </span>
              {g.suggestion && canCreate && (
                <button type="button" className="btn btn-small" onClick={() => onCreate(g)}>
                  {tp('createFromGap')}
                </button>
              )}
              {g.kind === 'NO_FACTOR_TARGETED' && (
                <a
                  href={boardPath(plan.board.id)}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(boardPath(plan.board.id));
                  }}
                >
                  {tp('editIntervention')}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
