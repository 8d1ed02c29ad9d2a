// The fixed list of event types a situation report can name (translated as eventTypes.<KEY>);
// anything else a reporter types is kept as free text. The keys are what the demo reports use.
export const EVENT_TYPES = [
  'LOITERING', 'NOISE', 'VANDALISM', 'FIRE', 'THEFT', 'ROBBERY', 'THREATS', 'VIOLENCE', 'WEAPONS',
  'DRUGS', 'RECKLESS_DRIVING', 'INSECURITY',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export const isEventType = (v: string): v is EventType => (EVENT_TYPES as readonly string[]).includes(v);
