// The texts of the commitments in a weekly meeting's minutes (issue 7), under "meetingCommitments"
// in the app's catalogues (i18n/en.ts, sv.ts, da.ts), checked by i18n.test.ts.

const en = {
  item: '{{what}}: {{who}}, by {{date}} ({{title}})',
  done: 'Done',
  add: 'Record a commitment',
  intervention: 'Intervention',
  what: 'What will be done',
  who: 'Who',
  team: 'The board’s team',
  due: 'By when',
  button: 'Add commitment',
  added: 'Commitment recorded.',
  noInterventions: 'A commitment belongs to one of the board’s interventions, and none is in the plan.',
  planning: 'Open the planning view',
};

type Strings = typeof en;

const sv: Strings = {
  item: '{{what}}: {{who}}, senast {{date}} ({{title}})',
  done: 'Klart',
  add: 'För in ett åtagande',
  intervention: 'Insats',
  what: 'Vad som ska göras',
  who: 'Vem',
  team: 'Tavlans team',
  due: 'Senast',
  button: 'Lägg till åtagande',
  added: 'Åtagandet är infört.',
  noInterventions: 'Ett åtagande hör till en av tavlans insatser, och ingen finns i planen.',
  planning: 'Öppna planeringsvyn',
};

const da: Strings = {
  item: '{{what}}: {{who}}, senest {{date}} ({{title}})',
  done: 'Udført',
  add: 'Notér en aftale',
  intervention: 'Indsats',
  what: 'Hvad der skal gøres',
  who: 'Hvem',
  team: 'Tavlens team',
  due: 'Senest',
  button: 'Tilføj aftale',
  added: 'Aftalen er noteret.',
  noInterventions: 'En aftale hører til en af tavlens indsatser, og der er ingen i planen.',
  planning: 'Åbn planlægningsvisningen',
};

export const meetingCommitmentStrings = { en, sv, da };
