// The person panel's "Assess a factor" form: one assessment, saved at once; the server's field
// errors (translated there) are shown under their fields. The caller refreshes the profile.
// On legal basis CONSENT it may rest on one of the person's live consents covering FACTORS; §115
// with a police agency as source is offered only to the roles that record police information.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { op } from '../../api/documents.js';
import { mutate } from '../../api/client.js';
import { ApiError, fieldMessage, otherFieldProblems, toApiError } from '../../api/errors.js';
import type * as G from '../../generated/graphql.js';
import { todayIso } from '../../board/model.js';
import { FieldError } from '../../board/dialogs/Dialog.js';
import { notify } from '../../app/notify.js';
import { groupCatalogue, LEVELS } from './model.js';
import { NS } from './strings.js';
import { ConsentSelect } from '../../legalAdmin/ConsentSelect.js';
import { police115Choices, sourceAgencyOf } from '../../legalAdmin/consentChoices.js';

const CATALOGUE = op<G.AssessableFactorsQuery, G.AssessableFactorsQueryVariables>('AssessableFactors');
const AGENCIES = op<G.AgenciesQuery, G.AgenciesQueryVariables>('Agencies');
const STATUTES = op<G.LegalStatutesQuery, G.LegalStatutesQueryVariables>('LegalStatutes');
const MY_AGENCY = op<G.MyAgencyQuery, G.MyAgencyQueryVariables>('MyAgency');
const ASSESS = op<G.AssessFactorMutation, G.AssessFactorMutationVariables>('AssessFactor');

/** The fields whose errors are shown under them; any other error is listed at the end. */
const FIELDS = ['factorId', 'level', 'assessedOn', 'sourceAgencyId', 'legalBasis', 'statuteCode', 'consentId', 'note'];

interface Props {
  personId: string;
  personName: string;
  /** POLICE_115_RECORDERS: only they are offered §115 with a police agency as source. */
  mayRecordPolice115: boolean;
  /** CONSENT_DATA_RECORDERS: who may rest the assessment on a consent. */
  mayRestOnConsent: boolean;
  onSaved(): void;
  onClose(): void;
}

export function AssessForm({ personId, personName, mayRecordPolice115, mayRestOnConsent, onSaved, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { t: tf } = useTranslation(NS);
  const catalogue = useQuery(CATALOGUE);
  const agencies = useQuery(AGENCIES).data?.agencies ?? [];
  const [factorId, setFactorId] = useState('');
  const [level, setLevel] = useState<number | null>(null);
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [agency, setAgency] = useState('');
  const [basis, setBasis] = useState<G.LegalBasis>('CONSENT');
  const [statute, setStatute] = useState('');
  const statutes = useQuery(STATUTES, { skip: basis !== 'OTHER_STATUTE' }).data?.legalStatutes ?? [];
  const [note, setNote] = useState('');
  const [consentId, setConsentId] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // "My own agency" may itself be a police one.
  const ownAgency = useQuery(MY_AGENCY).data?.me?.agency?.id;
  const { agencies: agencyChoices, bases } = police115Choices({ agencies, basis, agencyId: sourceAgencyOf(agency, ownAgency), mayRecordPolice115 });
  const offerConsent = basis === 'CONSENT' && mayRestOnConsent;
  const groups = groupCatalogue(catalogue.data?.factors ?? [], i18n.language);
  const chosen = catalogue.data?.factors.find((f) => f.id === factorId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = [
      ...(!factorId ? [{ field: 'factorId', message: tf('assess.pickFactor') }] : []),
      ...(level === null ? [{ field: 'level', message: tf('assess.pickLevel') }] : []),
    ];
    if (missing.length) return setError(new ApiError('BAD_USER_INPUT', missing[0]!.message, missing));
    setBusy(true);
    try {
      await mutate(ASSESS, { input: {
        personId, factorId, level: level!, assessedOn: assessedOn || null, sourceAgencyId: agency || null, legalBasis: basis,
        statuteCode: basis === 'OTHER_STATUTE' ? statute || null : null, note: note.trim() || null,
        consentId: offerConsent ? consentId || null : null,
      } });
      notify(tf('assess.saved'));
      onSaved();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const msg = (field: string) => fieldMessage(error, field);
  // The statute and consent fields are only there with their basis.
  const shown = FIELDS.filter((k) => (k !== 'statuteCode' || basis === 'OTHER_STATUTE') && (k !== 'consentId' || offerConsent));
  const others = otherFieldProblems(error, shown) ?? [];
  const invalid = (field: string) => (msg(field) ? { 'aria-invalid': true, 'aria-describedby': `assess-${field}-error` } : {});

  return (
    <form className="assess-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="assess-title">
      <h4 id="assess-title">{tf('assess.title')}</h4>
      <label htmlFor="assess-factor">{tf('assess.factor')}</label>
      <select id="assess-factor" value={factorId} onChange={(e) => setFactorId(e.target.value)} autoFocus {...invalid('factorId')}>
        <option value="">{tf('assess.chooseFactor')}</option>
        {groups.map((g) => (
          <optgroup key={`${g.kind}-${g.domain}`} label={tf('optgroup', { kind: tf(`kindShort.${g.kind}`), domain: tf(`domains.${g.domain}`) })}>
            {g.factors.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
          </optgroup>
        ))}
      </select>
      <FieldError id="assess-factorId-error" message={msg('factorId')} />
      {chosen?.description && <p className="help">{chosen.description}</p>}

      <fieldset className="assess-levels" aria-describedby={msg('level') ? 'assess-level-error' : undefined}>
        <legend>{tf('assess.level')}</legend>
        {LEVELS.map((n) => (
          <label key={n} className="choice">
            <input type="radio" name="assess-level" value={n} checked={level === n} onChange={() => setLevel(n)} />
            <span><strong>{n}</strong> · {tf(`levels.${n}`)}</span>
          </label>
        ))}
      </fieldset>
      <FieldError id="assess-level-error" message={msg('level')} />

      <label htmlFor="assess-date">{tf('assess.date')}</label>
      <input id="assess-date" type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} {...invalid('assessedOn')} />
      <FieldError id="assess-assessedOn-error" message={msg('assessedOn')} />

      <label htmlFor="assess-agency">{tf('assess.agency')}</label>
      <select id="assess-agency" value={agency} onChange={(e) => setAgency(e.target.value)} {...invalid('sourceAgencyId')}>
        <option value="">{tf('assess.ownAgency')}</option>
        {[...agencyChoices].sort((a, b) => a.name.localeCompare(b.name, i18n.language)).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
      <FieldError id="assess-sourceAgencyId-error" message={msg('sourceAgencyId')} />

      <label htmlFor="assess-basis">{tf('assess.legalBasis')}</label>
      <select id="assess-basis" value={basis} onChange={(e) => setBasis(e.target.value as G.LegalBasis)} {...invalid('legalBasis')}>
        {bases.map((v) => <option key={v} value={v}>{t(`legalBasis.${v}`)}</option>)}
      </select>
      <FieldError id="assess-legalBasis-error" message={msg('legalBasis')} />
      {offerConsent && (
        <ConsentSelect
          id="assess-consent" personIds={[personId]} nameOf={() => personName} scope="FACTORS" agencyId={agency}
          value={consentId} onChange={setConsentId} error={msg('consentId')}
          text={{ label: tf('assess.consent'), none: tf('assess.noConsent'), empty: tf('assess.noConsentFits'), option: (o) => tf('assess.consentOption', o) }}
        />
      )}
      {basis === 'OTHER_STATUTE' && (
        <>
          <label htmlFor="assess-statute">{tf('assess.statute')}</label>
          <select id="assess-statute" value={statute} onChange={(e) => setStatute(e.target.value)} {...invalid('statuteCode')}>
            <option value="">{tf('assess.chooseStatute')}</option>
            {statutes.map((s) => <option key={s.code} value={s.code}>{s.label}</option>)}
          </select>
          <FieldError id="assess-statuteCode-error" message={msg('statuteCode')} />
        </>
      )}

      <label htmlFor="assess-note">{tf('assess.note')}</label>
      <textarea id="assess-note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={msg('note') ? 'assess-note-error assess-note-help' : 'assess-note-help'} aria-invalid={msg('note') ? true : undefined} />
      <p id="assess-note-help" className="help">{tf('assess.noteHelp')}</p>
      <FieldError id="assess-note-error" message={msg('note')} />

      {error && !error.fields.length && <p className="form-error" role="alert">{error.message}</p>}
      {error && error.fields.length > 0 && (
        <div className="form-error" role="alert">
          {tf('assess.fixErrors')}
          {others.length > 0 && <ul>{others.map((f) => <li key={f.field}>{f.message}</li>)}</ul>}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>{tf('assess.cancel')}</button>
        <button type="submit" className="btn btn-primary" disabled={busy}>{tf('assess.save')}</button>
      </div>
    </form>
  );
}
