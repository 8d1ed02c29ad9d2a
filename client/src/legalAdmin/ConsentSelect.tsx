// The consent a new tie or factor assessment rests on (legal basis CONSENT): the live consents
// about its people that cover the scope and name the source agency (consentChoices.ts), read when
// the form shows the choice. "None" stays offered: the API takes consent-based data without a
// recorded consent. The caller gives the texts (its own namespace) and the server's field error.
import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { op } from '../api/documents.js';
import type * as G from '../generated/graphql.js';
import { formatDate } from '../i18n/format.js';
import { todayIso } from '../board/model.js';
import { FieldError } from '../board/dialogs/Dialog.js';
import { qualifyingConsents, sourceAgencyOf } from './consentChoices.js';

const CHOICES = op<G.ConsentChoicesQuery, G.ConsentChoicesQueryVariables>('ConsentChoices');

export interface ConsentSelectText {
  label: string;
  none: string;
  /** Shown when no consent qualifies. */
  empty: string;
  option(o: { who: string; date: string; person: string }): string;
}

interface Props {
  id: string;
  /** The data's people: a tie's two (the consent may be about either), an assessment's one. */
  personIds: readonly string[];
  nameOf(personId: string): string;
  scope: 'TIES' | 'FACTORS';
  /** The chosen source agency, '' for the default (the user's own). */
  agencyId: string;
  value: string;
  onChange(consentId: string): void;
  error?: string | undefined;
  text: ConsentSelectText;
}

export function ConsentSelect({ id, personIds, nameOf, scope, agencyId, value, onChange, error, text }: Props) {
  const [first, second] = personIds;
  // Not cached: a consent withdrawn a moment ago in the legal section must not be offered.
  const a = useQuery(CHOICES, { variables: { personId: first ?? '' }, skip: !first, fetchPolicy: 'no-cache' });
  const b = useQuery(CHOICES, { variables: { personId: second ?? '' }, skip: !second, fetchPolicy: 'no-cache' });
  const loaded = (!first || !!a.data) && (!second || !!b.data);
  const own = a.data?.me?.agency?.id ?? b.data?.me?.agency?.id;
  const need = { scope, agencyId: sourceAgencyOf(agencyId, own), today: todayIso() };
  // In a stable order for the reader (by person, then the newest consent first), not in the
  // order of the two people's ids.
  const options = [a.data?.person, b.data?.person]
    .flatMap((p) =>
      p ? qualifyingConsents(p.consents, need).map((c) => ({ id: c.id, person: nameOf(p.id), givenOn: String(c.givenOn), label: text.option({ who: c.givenBy, date: formatDate(c.givenOn), person: nameOf(p.id) }) })) : [],
    )
    .sort((x, y) => x.person.localeCompare(y.person) || y.givenOn.localeCompare(x.givenOn) || x.id.localeCompare(y.id));
  const ids = options.map((o) => o.id).join(' ');
  // A consent that no longer fits (another agency or person chosen) is not sent.
  useEffect(() => {
    if (loaded && value && !ids.split(' ').includes(value)) onChange('');
  }, [loaded, value, ids, onChange]);

  const described = [error ? `${id}-error` : '', loaded && !options.length ? `${id}-help` : ''].filter(Boolean).join(' ');
  return (
    <>
      <label htmlFor={id}>{text.label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described || undefined}>
        <option value="">{text.none}</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </select>
      {loaded && !options.length && <p id={`${id}-help`} className="help">{text.empty}</p>}
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}
