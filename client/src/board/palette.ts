// How the board encodes meaning. Every encoding has a second channel besides colour (line
// style, symbol, shape) so the board reads in greyscale, for colour-blind viewers and on a
// washed-out projector. Colours meet 3:1 against white (WCAG 1.4.11, non-text contrast).
import type { GroupLinkType, MembershipRole, TieType, Valence } from './model.js';

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'double';

export interface TieTypeStyle {
  colour: string;
  line: LineStyle;
  /** What a new tie of this type starts with in the form. */
  directed: boolean;
  valence: Valence;
}

export const TIE_TYPES: readonly TieType[] = [
  'FRIEND', 'FAMILY', 'PARTNER', 'CLASSMATE', 'CONFLICT', 'CO_OFFENDING', 'LOOKS_UP_TO', 'RECRUITS', 'PROTECTIVE_ADULT', 'OTHER',
];

export const tieTypeStyle: Record<TieType, TieTypeStyle> = {
  FRIEND: { colour: '#1d5fbf', line: 'solid', directed: false, valence: 'AMBIVALENT' },
  FAMILY: { colour: '#6b3fa0', line: 'double', directed: false, valence: 'SUPPORTIVE' },
  PARTNER: { colour: '#b0267a', line: 'double', directed: false, valence: 'AMBIVALENT' },
  CLASSMATE: { colour: '#00707a', line: 'dashed', directed: false, valence: 'SUPPORTIVE' },
  CONFLICT: { colour: '#c62828', line: 'dashed', directed: false, valence: 'HARMFUL' },
  CO_OFFENDING: { colour: '#8a4b00', line: 'solid', directed: false, valence: 'HARMFUL' },
  LOOKS_UP_TO: { colour: '#44546a', line: 'dotted', directed: true, valence: 'AMBIVALENT' },
  RECRUITS: { colour: '#222222', line: 'dashed', directed: true, valence: 'HARMFUL' },
  PROTECTIVE_ADULT: { colour: '#2e7d32', line: 'solid', directed: true, valence: 'SUPPORTIVE' },
  OTHER: { colour: '#767676', line: 'solid', directed: false, valence: 'AMBIVALENT' },
};

export const VALENCES: readonly Valence[] = ['SUPPORTIVE', 'AMBIVALENT', 'HARMFUL'];

/** A badge in the middle of each tie: symbol and its background. */
export const valenceStyle: Record<Valence, { symbol: string; colour: string; text: string }> = {
  SUPPORTIVE: { symbol: '+', colour: '#1b7a34', text: '#ffffff' },
  AMBIVALENT: { symbol: '±', colour: '#f2b705', text: '#000000' },
  HARMFUL: { symbol: '−', colour: '#c3161c', text: '#ffffff' },
};

/** Tie width in pixels at zoom 1, by strength 1–5. */
export function tieWidth(strength: number, meeting = false): number {
  const s = Math.min(5, Math.max(1, Math.round(strength)));
  return (1.5 + (s - 1) * 1.75) * (meeting ? 1.35 : 1);
}

export const GROUP_LINK_TYPES: readonly GroupLinkType[] = ['ALLIANCE', 'CONFLICT', 'OVERLAP'];

export const groupLinkStyle: Record<GroupLinkType, { colour: string; line: LineStyle }> = {
  ALLIANCE: { colour: '#2f4858', line: 'double' },
  CONFLICT: { colour: '#c62828', line: 'dashed' },
  OVERLAP: { colour: '#6b3fa0', line: 'dotted' },
};

export const ROLES: readonly MembershipRole[] = ['LEADER', 'CORE', 'PERIPHERAL'];

/** Group colours: fill of the hull (light) and the group's tag and role badges (dark). */
const GROUP_COLOURS: readonly { dark: string; light: string }[] = [
  { dark: '#0b5e8a', light: 'rgba(11, 94, 138, 0.10)' },
  { dark: '#a3431b', light: 'rgba(163, 67, 27, 0.10)' },
  { dark: '#2c6e2f', light: 'rgba(44, 110, 47, 0.10)' },
  { dark: '#7a2f8f', light: 'rgba(122, 47, 143, 0.10)' },
  { dark: '#8a6d00', light: 'rgba(138, 109, 0, 0.12)' },
  { dark: '#005f5f', light: 'rgba(0, 95, 95, 0.10)' },
  { dark: '#8c1d40', light: 'rgba(140, 29, 64, 0.10)' },
  { dark: '#3b4a9c', light: 'rgba(59, 74, 156, 0.10)' },
];

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A colour per group that does not change when other groups come and go (so "the blue group"
 * stays blue from one meeting to the next); clashes move to the next free colour, in id order.
 */
export function groupColours(groupIds: readonly string[]): Map<string, { dark: string; light: string }> {
  const taken = new Set<number>();
  const out = new Map<string, { dark: string; light: string }>();
  for (const id of [...groupIds].sort()) {
    let i = hash(id) % GROUP_COLOURS.length;
    for (let tries = 0; taken.has(i) && tries < GROUP_COLOURS.length; tries++) i = (i + 1) % GROUP_COLOURS.length;
    taken.add(i);
    out.set(id, GROUP_COLOURS[i]!);
  }
  return out;
}

export const PERSON_COLOURS = {
  young: { fill: '#dbe7f5', border: '#2b4c73' },
  figure: { fill: '#fde2b8', border: '#7a4a00' },
  toneSetter: '#d08700',
};

/** Other communities (club, sport, association): calm, unlike people and groups. */
export const COMMUNITY_COLOURS = { fill: '#d8f0ea', border: '#00695c', line: '#00796b' };

export const CHANGE_COLOURS = { added: '#12a150', changed: '#e07b00', ended: '#8a8a8a' };
