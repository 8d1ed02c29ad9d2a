// Two boards that share people: a person exists once, so Kevin, Patrick, Dennis and Benji appear on
// both with the same ties. The second board's team deliberately leaves out the school's member
// user, so access control has a board to deny.
import type { SeedBoard } from '../types.js';
import { MAIN_GROUP, OTHER_GROUP } from './people.js';

export const MAIN_BOARD = 'solbakken_board';
export const OTHER_BOARD = 'torvet_board';

export const boards: SeedBoard[] = [
  {
    key: MAIN_BOARD, area: 'solbakken',
    title: 'Solbakken: de ni drenge',
    description: 'Relationstavle over de ni drenge omkring Klub Solbakken, deres forbindelser til gruppen på Lærketorvet og til Benji. Opfølgning hver uge under §115.',
    people: [
      { person: 'yusuf', toneSetter: true },
      { person: 'mikkel', toneSetter: true },
      { person: 'jonas' }, { person: 'bilal' }, { person: 'kevin' }, { person: 'ahmad' },
      { person: 'emil' }, { person: 'noah' }, { person: 'oliver' },
      { person: 'benji' }, { person: 'dennis' }, { person: 'patrick' },
      { person: 'per' }, { person: 'hamid' }, { person: 'amira' },
    ],
    groups: [MAIN_GROUP, OTHER_GROUP],
    team: ['coordinator', 'member', 'analyst'],
  },
  {
    key: OTHER_BOARD, area: 'laerkeparken',
    title: 'Lærketorvet: gruppen på torvet',
    description: 'De ældre unge på Lærketorvet og deres forbindelser til Solbakken; oprettet efter røveriet på torvet.',
    people: [
      { person: 'dennis', toneSetter: true },
      { person: 'sami' }, { person: 'tobias' }, { person: 'patrick' }, { person: 'kevin' }, { person: 'benji' },
    ],
    groups: [OTHER_GROUP],
    team: ['analyst', 'coordinator'],
  },
];
