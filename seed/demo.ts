// The fictional demo case: the Danish SSP proposal's nine boys around a youth club, made concrete.
// Every name, place and event is invented. The parts live in seed/demo/, one concern each.
import type { SeedData } from './types.js';
import { assessments } from './demo/assessments.js';
import { boards } from './demo/boards.js';
import { interventions } from './demo/interventions.js';
import { agencies, contacts, users } from './demo/organisations.js';
import { groupLinks, groups, memberships, participations, people } from './demo/people.js';
import { areas, communities, reports } from './demo/places.js';
import { ties } from './demo/ties.js';
import { alerts, levelChanges, readinessTeam } from './demo/readiness.js';
import { consentAssessments, consentTies, consents, information } from './demo/legal.js';

export const demoCase: SeedData = {
  agencies,
  contacts,
  areas,
  reports,
  people,
  groups,
  memberships,
  ties: [...ties, ...consentTies],
  groupLinks,
  communities,
  participations,
  assessments: [...assessments, ...consentAssessments],
  interventions,
  boards,
  users,
  readinessTeam,
  alerts,
  levelChanges,
  consents,
  information,
};
