// The relations the team has mapped. Days are relative to the load day. What changed in the last
// weeks (what a weekly meeting looks at): revisions record earlier values, `to` marks ties that
// ended, and ties starting within the last three weeks are new.
import type { SeedTie } from '../types.js';
import { sharedBy } from './sources.js';

const police = sharedBy('police');
const social = sharedBy('social');
const school = sharedBy('school');
const club = sharedBy('club');

// Inside the group of nine.
const group: SeedTie[] = [
  { source: 'yusuf', target: 'mikkel', type: 'FRIEND', strength: 5, valence: 'AMBIVALENT', ...club, confidence: 'HIGH', from: -900,
    note: 'De to toneangivende; bestemmer, hvad der sker i klubben om aftenen.' },
  { source: 'yusuf', target: 'bilal', type: 'FRIEND', strength: 4, valence: 'AMBIVALENT', ...club, confidence: 'HIGH', from: -600 },
  { source: 'yusuf', target: 'kevin', type: 'CO_OFFENDING', strength: 4, valence: 'HARMFUL', ...police, confidence: 'HIGH', from: -160,
    note: 'Sigtet sammen for indbrud i kælderrum.',
    revisions: [{ until: -60, type: 'CO_OFFENDING', strength: 2, valence: 'HARMFUL' }] },
  { source: 'yusuf', target: 'jonas', type: 'CO_OFFENDING', strength: 3, valence: 'HARMFUL', ...police, confidence: 'MEDIUM', from: -150,
    note: 'Butikstyverier i bycentret.' },
  { source: 'yusuf', target: 'ahmad', type: 'FRIEND', strength: 3, valence: 'AMBIVALENT', ...club, confidence: 'MEDIUM', from: -400 },
  { source: 'mikkel', target: 'jonas', type: 'FRIEND', strength: 4, valence: 'AMBIVALENT', ...school, confidence: 'HIGH', from: -1200 },
  { source: 'mikkel', target: 'bilal', type: 'CO_OFFENDING', strength: 2, valence: 'HARMFUL', ...police, confidence: 'MEDIUM', from: -200,
    revisions: [{ until: -28, type: 'CO_OFFENDING', strength: 3, valence: 'HARMFUL' }] },
  { source: 'jonas', target: 'noah', type: 'FAMILY', strength: 4, valence: 'SUPPORTIVE', ...social, confidence: 'HIGH', from: -4800,
    note: 'Fætre.' },
  { source: 'jonas', target: 'ahmad', type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', ...school, confidence: 'MEDIUM', from: -400 },
  { source: 'bilal', target: 'ahmad', type: 'FRIEND', strength: 3, valence: 'AMBIVALENT', ...club, confidence: 'MEDIUM', from: -500 },
  { source: 'bilal', target: 'kevin', type: 'CO_OFFENDING', strength: 3, valence: 'HARMFUL', ...police, confidence: 'HIGH', from: -90,
    note: 'Knallerttyverier.' },
  { source: 'ahmad', target: 'emil', type: 'CLASSMATE', strength: 3, valence: 'SUPPORTIVE', ...school, confidence: 'HIGH', from: -800,
    note: '9.b på Solbakkeskolen.' },
  { source: 'ahmad', target: 'noah', type: 'CLASSMATE', strength: 2, valence: 'SUPPORTIVE', ...school, confidence: 'HIGH', from: -800 },
  { source: 'ahmad', target: 'oliver', type: 'OTHER', strength: 2, valence: 'SUPPORTIVE', ...club, confidence: 'MEDIUM', from: -1000,
    note: 'Naboer i blok 4.' },
  { source: 'emil', target: 'oliver', type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', ...club, confidence: 'MEDIUM', from: -1000 },
  { source: 'emil', target: 'yusuf', type: 'FRIEND', strength: 2, valence: 'AMBIVALENT', ...club, confidence: 'MEDIUM', from: -900,
    note: 'Emil trækker sig, efter at han er begyndt at træne fast igen.',
    revisions: [{ until: -21, type: 'FRIEND', strength: 4, valence: 'AMBIVALENT' }] },
  { source: 'noah', target: 'oliver', type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', ...school, confidence: 'MEDIUM', from: -500 },
  { source: 'oliver', target: 'yusuf', type: 'LOOKS_UP_TO', directed: true, strength: 4, valence: 'HARMFUL', ...club, confidence: 'MEDIUM', from: -180,
    note: 'Løber ærinder for Yusuf og vil gerne være med, når der sker noget.',
    revisions: [{ until: -14, type: 'LOOKS_UP_TO', strength: 2, valence: 'AMBIVALENT' }] },
  { source: 'noah', target: 'mikkel', type: 'LOOKS_UP_TO', directed: true, strength: 3, valence: 'AMBIVALENT', ...school, confidence: 'LOW', from: -300 },
  // Ended in the last weeks.
  { source: 'emil', target: 'kevin', type: 'FRIEND', strength: 3, valence: 'AMBIVALENT', ...club, confidence: 'MEDIUM', from: -400, to: -11,
    note: 'Emil har trukket sig, efter at Kevin begyndte at komme på torvet.' },
  { source: 'kevin', target: 'jonas', type: 'FRIEND', strength: 3, valence: 'AMBIVALENT', ...club, confidence: 'MEDIUM', from: -600, to: -18 },
  // New in the last weeks.
  { source: 'kevin', target: 'mikkel', type: 'CONFLICT', strength: 3, valence: 'HARMFUL', ...police, confidence: 'MEDIUM', from: -12,
    note: 'Uenighed om penge; trusler på sociale medier.' },
  { source: 'bilal', target: 'oliver', type: 'FRIEND', strength: 2, valence: 'HARMFUL', ...club, confidence: 'LOW', from: -9,
    note: 'Har taget Oliver med til Lærketorvet flere aftener.' },
];

// The older man outside every group, and his reach into both groups.
const figure: SeedTie[] = [
  { source: 'benji', target: 'bilal', type: 'RECRUITS', directed: true, strength: 4, valence: 'HARMFUL', ...police, confidence: 'MEDIUM', from: -120,
    note: 'Bruger Bilal som bud; tilbyder penge og tøj.',
    revisions: [{ until: -20, type: 'RECRUITS', strength: 2, valence: 'HARMFUL' }] },
  { source: 'benji', target: 'yusuf', type: 'RECRUITS', directed: true, strength: 3, valence: 'HARMFUL', ...police, confidence: 'LOW', from: -16,
    note: 'Set sammen på torvet flere aftener; mistanke om, at Yusuf skal overtage salget i Solbakken.' },
  { source: 'yusuf', target: 'benji', type: 'LOOKS_UP_TO', directed: true, strength: 4, valence: 'HARMFUL', ...police, confidence: 'MEDIUM', from: -240,
    revisions: [{ until: -30, type: 'LOOKS_UP_TO', strength: 3, valence: 'AMBIVALENT' }] },
  { source: 'bilal', target: 'benji', type: 'LOOKS_UP_TO', directed: true, strength: 3, valence: 'HARMFUL', ...social, confidence: 'MEDIUM', from: -150 },
  { source: 'kevin', target: 'benji', type: 'LOOKS_UP_TO', directed: true, strength: 3, valence: 'HARMFUL', ...club, confidence: 'MEDIUM', from: -200 },
  { source: 'tobias', target: 'benji', type: 'LOOKS_UP_TO', directed: true, strength: 2, valence: 'HARMFUL', ...police, confidence: 'LOW', from: -300 },
  { source: 'benji', target: 'dennis', type: 'CO_OFFENDING', strength: 3, valence: 'HARMFUL', ...police, confidence: 'LOW', from: -700 },
  { source: 'benji', target: 'sami', type: 'FRIEND', strength: 3, valence: 'HARMFUL', ...police, confidence: 'LOW', from: -500 },
];

// Protective adults: the football coach, the boxing coach and Yusuf's older sister.
const protective: SeedTie[] = [
  { source: 'per', target: 'emil', type: 'PROTECTIVE_ADULT', directed: true, strength: 4, valence: 'SUPPORTIVE', ...club, consent: 'emil_family', confidence: 'HIGH', from: -1100,
    note: 'Emils faste voksne efter netværksmødet; henter ham til træning.',
    revisions: [{ until: -21, type: 'PROTECTIVE_ADULT', strength: 2, valence: 'SUPPORTIVE' }] },
  { source: 'per', target: 'noah', type: 'PROTECTIVE_ADULT', directed: true, strength: 3, valence: 'SUPPORTIVE', ...club, confidence: 'MEDIUM', from: -13,
    note: 'Noah er startet på U17-holdet.' },
  { source: 'per', target: 'jonas', type: 'PROTECTIVE_ADULT', directed: true, strength: 2, valence: 'SUPPORTIVE', ...club, confidence: 'MEDIUM', from: -1500, to: -150,
    note: 'Jonas stoppede til fodbold i foråret.' },
  { source: 'hamid', target: 'ahmad', type: 'PROTECTIVE_ADULT', directed: true, strength: 3, valence: 'SUPPORTIVE', ...club, confidence: 'MEDIUM', from: -30,
    revisions: [{ until: -14, type: 'PROTECTIVE_ADULT', strength: 2, valence: 'SUPPORTIVE' }] },
  { source: 'hamid', target: 'bilal', type: 'PROTECTIVE_ADULT', directed: true, strength: 1, valence: 'SUPPORTIVE', ...social, confidence: 'LOW', from: -12,
    note: 'Kun én prøvetræning indtil videre, aftalt via mentoren.' },
  { source: 'amira', target: 'yusuf', type: 'FAMILY', strength: 4, valence: 'SUPPORTIVE', ...social, confidence: 'HIGH', from: -6200,
    note: 'Storesøster; deltager i netværksmøderne og har ham hos sig to aftener om ugen.',
    revisions: [{ until: -35, type: 'FAMILY', strength: 2, valence: 'AMBIVALENT' }] },
];

// The older group at Lærketorvet and its links to the boys.
const torvet: SeedTie[] = [
  { source: 'dennis', target: 'sami', type: 'FRIEND', strength: 5, valence: 'AMBIVALENT', ...police, confidence: 'HIGH', from: -2000 },
  { source: 'dennis', target: 'tobias', type: 'FRIEND', strength: 4, valence: 'AMBIVALENT', ...police, confidence: 'MEDIUM', from: -1500 },
  { source: 'sami', target: 'tobias', type: 'CO_OFFENDING', strength: 3, valence: 'HARMFUL', ...police, confidence: 'HIGH', from: -300 },
  { source: 'patrick', target: 'dennis', type: 'FRIEND', strength: 4, valence: 'AMBIVALENT', ...police, confidence: 'MEDIUM', from: -900 },
  { source: 'patrick', target: 'tobias', type: 'FRIEND', strength: 3, valence: 'AMBIVALENT', ...police, confidence: 'LOW', from: -400 },
  { source: 'patrick', target: 'oliver', type: 'FAMILY', strength: 4, valence: 'AMBIVALENT', ...social, confidence: 'HIGH', from: -5200,
    note: 'Storebror.' },
  { source: 'patrick', target: 'kevin', type: 'FRIEND', strength: 3, valence: 'AMBIVALENT', ...club, confidence: 'MEDIUM', from: -300 },
  { source: 'kevin', target: 'dennis', type: 'LOOKS_UP_TO', directed: true, strength: 3, valence: 'HARMFUL', ...club, confidence: 'MEDIUM', from: -60 },
  { source: 'kevin', target: 'sami', type: 'FRIEND', strength: 3, valence: 'AMBIVALENT', ...police, confidence: 'MEDIUM', from: -20 },
  { source: 'yusuf', target: 'dennis', type: 'FRIEND', strength: 2, valence: 'HARMFUL', ...police, confidence: 'LOW', from: -40,
    note: 'Kontakt siden grupperne fandt sammen.' },
  { source: 'sami', target: 'mikkel', type: 'CONFLICT', strength: 3, valence: 'HARMFUL', ...police, confidence: 'MEDIUM', from: -400, to: -42,
    note: 'Fra slåskampen ved stationen; bilagt, da grupperne fandt sammen.' },
];

export const ties: SeedTie[] = [...group, ...figure, ...protective, ...torvet];
