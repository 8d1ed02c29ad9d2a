// The two areas, their weekly situation reports and the other youth communities. The reports tell
// the area story: Solbakken escalates to a critical week and calms once the interventions start,
// while unrest moves to Lærketorvet where the older group is. Reports describe places and
// events, never people, as reporters outside the SSP partnership (taxi, housing, associations)
// have no legal basis to share anything about individuals.
import type { SeedArea, SeedCommunity, SeedReport } from '../types.js';
import { MUNICIPALITY } from './organisations.js';

export const areas: SeedArea[] = [
  {
    key: 'solbakken', name: 'Solbakken', municipality: MUNICIPALITY,
    places: [
      { key: 'solbakken_estate', name: 'Solbakken, blok 1–8', kind: 'HOUSING_AREA' },
      { key: 'klub_solbakken', name: 'Klub Solbakken', kind: 'YOUTH_CLUB' },
      { key: 'solbakken_pitch', name: 'Kunstgræsbanen ved Solbakkeskolen', kind: 'SPORTS_FIELD' },
      { key: 'solbakkeskolen', name: 'Solbakkeskolen', kind: 'SCHOOL' },
      { key: 'station_tunnel', name: 'Stitunnelen til stationen', kind: 'OTHER' },
    ],
  },
  {
    key: 'laerkeparken', name: 'Lærkeparken', municipality: MUNICIPALITY,
    places: [
      { key: 'laerketorvet', name: 'Lærketorvet', kind: 'SQUARE' },
      { key: 'laerkeparken_estate', name: 'Lærkeparken, blok A–F', kind: 'HOUSING_AREA' },
      { key: 'car_park_c', name: 'P-kælderen under blok C', kind: 'OTHER' },
    ],
  },
];

const police = { reporterName: 'Sara Nygaard', organisation: 'Midtkyst Politi' };
const club = { reporterName: 'Ali Demir', organisation: 'Klub Solbakken' };
const fieldwork = { reporterName: 'Freja Mikkelsen', organisation: 'Gadeplansteamet, Klub Solbakken' };
const school = { reporterName: 'Jakob Friis', organisation: 'Solbakkeskolen' };
const housingSolbakken = { reporterName: 'Hanne Dahl', organisation: 'Boligselskabet Bøgebo' };
const housingLaerke = { reporterName: 'Jesper Holt', organisation: 'Boligforeningen Lærkebo' };
// Filed in Tavla by the demo outside reporter (organisations.ts).
const taxi = { reporterName: 'Kim Andersen', organisation: 'Bøgely Taxa', filedBy: 'reporter' };
const football = { reporterName: 'Lone Juhl', organisation: 'Solbakken Boldklub' };
const residents = { reporterName: 'Gitte Sand', organisation: 'Beboerforeningen Lærkeparken' };

const solbakkenReports: SeedReport[] = [
  { area: 'solbakken', weeksAgo: 8, level: 'NORMAL', eventTypes: ['LOITERING'], ...club,
    text: 'Almindelig uge i klubben. En gruppe på 8–10 drenge bliver hængende ved indgangen efter lukketid.' },
  { area: 'solbakken', weeksAgo: 7, level: 'ELEVATED', eventTypes: ['VANDALISM', 'DRUGS'], ...police,
    text: 'Tre anmeldelser om hærværk ved klubben og knuste ruder i cykelkælderen i blok 4. Hashlugt ved kunstgræsbanen om aftenen.' },
  { area: 'solbakken', weeksAgo: 7, level: 'ELEVATED', eventTypes: ['INSECURITY', 'VANDALISM'], ...housingSolbakken,
    text: 'Beboere siger, at de er utrygge ved stitunnelen til stationen om aftenen. Belysningen i tunnelen er smadret igen.' },
  { area: 'solbakken', weeksAgo: 6, level: 'CRITICAL', eventTypes: ['FIRE', 'THREATS', 'VANDALISM'], ...police,
    text: 'Ild i en container ved klubben og sten kastet mod en patruljevogn lørdag aften. Beredskabet er kaldt sammen.' },
  { area: 'solbakken', weeksAgo: 6, level: 'ELEVATED', eventTypes: ['THREATS', 'VANDALISM'], ...taxi,
    text: 'En af vores vogne blev ramt af sten ved blok 6. Chaufførerne kører foreløbig ikke ind i området efter kl. 22.' },
  { area: 'solbakken', weeksAgo: 5, level: 'ELEVATED', eventTypes: ['THREATS', 'INSECURITY'], ...school,
    text: 'Uro i frikvartererne, og flere elever fortæller om trusler på vejen hjem gennem området.' },
  { area: 'solbakken', weeksAgo: 4, level: 'ELEVATED', eventTypes: ['LOITERING', 'DRUGS'], ...club,
    text: 'Klubben har delt aftenerne op efter alder. Mindre uro inde i klubben, men flere unge samles nu ved kunstgræsbanen.' },
  { area: 'solbakken', weeksAgo: 4, level: 'ELEVATED', eventTypes: ['RECKLESS_DRIVING', 'VANDALISM'], ...football,
    text: 'Knallertkørsel på kunstgræsbanen under træningen to aftener, og et mål er ødelagt.' },
  { area: 'solbakken', weeksAgo: 3, level: 'ELEVATED', eventTypes: ['DRUGS'], ...police,
    text: 'Fast patrulje torsdag til lørdag. Færre anmeldelser om hærværk; to beslaglæggelser af hash ved banen.' },
  { area: 'solbakken', weeksAgo: 2, level: 'NORMAL', eventTypes: ['INSECURITY'], ...housingSolbakken,
    text: 'Ny belysning i stitunnelen og ved blok 4 er sat op. Beboerne melder om færre episoder.' },
  { area: 'solbakken', weeksAgo: 2, level: 'ELEVATED', eventTypes: ['THEFT', 'RECKLESS_DRIVING'], ...police,
    text: 'Roligt ved klubben, men fire knallerttyverier i området i løbet af ugen.' },
  { area: 'solbakken', weeksAgo: 1, level: 'NORMAL', eventTypes: [], ...club,
    text: 'Rolig uge. Ungdomsskolens nye værkstedshold er i gang om tirsdagen og torsdagen.' },
  { area: 'solbakken', weeksAgo: 1, level: 'NORMAL', eventTypes: [], ...taxi,
    text: 'Vi kører igen ind i området om aftenen. Ingen episoder i denne uge.' },
];

const laerkeparkenReports: SeedReport[] = [
  { area: 'laerkeparken', weeksAgo: 8, level: 'NORMAL', eventTypes: ['NOISE'], ...housingLaerke,
    text: 'Enkelte klager over støj fra torvet i weekenden.' },
  { area: 'laerkeparken', weeksAgo: 7, level: 'NORMAL', eventTypes: [], ...police,
    text: 'Ingen særlige hændelser ved torvet.' },
  { area: 'laerkeparken', weeksAgo: 6, level: 'NORMAL', eventTypes: ['LOITERING'], ...residents,
    text: 'Fredagsbaren i beboerhuset lukker kl. 23. De unge på torvet har været rolige.' },
  { area: 'laerkeparken', weeksAgo: 5, level: 'ELEVATED', eventTypes: ['DRUGS', 'LOITERING'], ...police,
    text: 'Flere yngre unge fra Solbakken ses på torvet om aftenen sammen med ældre. Mistanke om hashsalg fra P-kælderen.' },
  { area: 'laerkeparken', weeksAgo: 4, level: 'ELEVATED', eventTypes: ['INSECURITY'], ...taxi,
    text: 'Chaufførerne bliver bedt om at holde ved torvet og vente. De oplever stemningen som ubehagelig.' },
  { area: 'laerkeparken', weeksAgo: 3, level: 'ELEVATED', eventTypes: ['VANDALISM', 'DRUGS'], ...housingLaerke,
    text: 'Døren til P-kælderen under blok C er brudt op to gange. Fund af små poser og vægte i kælderen.' },
  { area: 'laerkeparken', weeksAgo: 2, level: 'ELEVATED', eventTypes: ['DRUGS', 'RECKLESS_DRIVING'], ...police,
    text: 'Knallerter kører i pendulfart mellem Solbakken og torvet om aftenen. Mistanke om, at yngre unge bruges som bude.' },
  { area: 'laerkeparken', weeksAgo: 1, level: 'CRITICAL', eventTypes: ['ROBBERY', 'WEAPONS', 'VIOLENCE'], ...police,
    text: 'Røveri mod en 15-årig på torvet, og en kniv fundet i buskadset ved blok C. Beredskabet er kaldt sammen inden for et døgn.' },
  { area: 'laerkeparken', weeksAgo: 1, level: 'ELEVATED', eventTypes: ['LOITERING'], ...fieldwork,
    text: 'Gadeplansteamet er nu på torvet tre aftener om ugen og har fået kontakt med de fleste, der kommer der.' },
];

export const reports: SeedReport[] = [...solbakkenReports, ...laerkeparkenReports];

export const communities: SeedCommunity[] = [
  { key: 'football', name: 'Solbakken Boldklub, U17', kind: 'SPORT', area: 'solbakken' },
  // The boxing club is in the town centre, outside both areas: a community away from the group's turf.
  { key: 'boxing', name: 'Bøgely Bokseklub', kind: 'SPORT' },
  { key: 'scouts', name: 'Spejdergruppen Bøgely Nord', kind: 'ASSOCIATION', area: 'solbakken' },
  { key: 'workshop', name: 'Ungdomsskolens knallert- og værkstedshold', kind: 'CLUB', area: 'solbakken' },
  { key: 'homework', name: 'Lektiecafé i Beboerhuset', kind: 'OTHER', area: 'solbakken' },
];
