// The small form after drawing a tie (type, strength, valence first: what the room decides),
// and the same form to change or end one. Sensitive extras (note, legal basis) sit below.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldMessage, otherFieldProblems, saveDialog } from '../../api/errors.js';
import type { Confidence, LegalBasis, Tie, TieType, Valence } from '../model.js';
import { TIE_TYPES, VALENCES, tieTypeStyle, valenceStyle } from '../palette.js';
import type { TiePatch, TieValues } from '../actions.js';
import { todayIso } from '../model.js';
import { Dialog, FieldError } from './Dialog.js';
import { useQuery } from '@apollo/client/react';
import { op } from '../../api/documents.js';
import type * as G from '../../generated/graphql.js';
import { ConsentSelect } from '../../legalAdmin/ConsentSelect.js';
import { police115Choices, sourceAgencyOf } from '../../legalAdmin/consentChoices.js';

const STATUTES = op<G.LegalStatutesQuery, G.LegalStatutesQueryVariables>('LegalStatutes');
const MY_AGENCY = op<G.MyAgencyQuery, G.MyAgencyQueryVariables>('MyAgency');

interface Props {
  sourceId: string;
  targetId: string | null;
  tie?: Tie;
  people: { id: string; label: string }[];
  agencies: { id: string; name: string; kind?: string }[];
  /** The role may record police information under §115 (POLICE_115_RECORDERS): analysts. */
  mayRecordPolice115: boolean;
  /** The role may rest a new tie on a consent (CONSENT_DATA_RECORDERS): the case team. */
  mayRestOnConsent: boolean;
  meeting: boolean;
  onCreate(sourceId: string, targetId: string, values: TieValues): Promise<void>;
  onUpdate(id: string, patch: TiePatch): Promise<void>;
  onEnd(id: string, validTo: string): Promise<void>;
  onError(err: ApiError): void;
  onClose(): void;
}

const CONFIDENCE: Confidence[] = ['LOW', 'MEDIUM', 'HIGH'];

export function TieDialog(props: Props) {
  const { t } = useTranslation();
  const { tie, people } = props;
  const [source, setSource] = useState(props.sourceId);
  const [target, setTarget] = useState(props.targetId ?? '');
  const [type, setType] = useState<TieType>(tie?.type ?? 'FRIEND');
  const [strength, setStrength] = useState(tie?.strength ?? 3);
  const [valence, setValence] = useState<Valence>(tie?.valence ?? tieTypeStyle.FRIEND.valence);
  const [directed, setDirected] = useState(tie?.directed ?? tieTypeStyle.FRIEND.directed);
  const [touched, setTouched] = useState({ valence: !!tie, directed: !!tie });
  const [agency, setAgency] = useState(tie?.sourceAgency?.id ?? '');
  const [legal, setLegal] = useState<LegalBasis>(tie?.legalBasis ?? 'CONSENT');
  // OTHER_STATUTE data names one of the statutes the server is configured with.
  const [statute, setStatute] = useState('');
  const statutes = useQuery(STATUTES, { skip: legal !== 'OTHER_STATUTE' }).data?.legalStatutes ?? [];
  const [confidence, setConfidence] = useState<Confidence>(tie?.confidence ?? 'MEDIUM');
  const [note, setNote] = useState(tie?.note ?? '');
  const [consentId, setConsentId] = useState('');
  // The consents are read (an audited read) only once the legal part is opened.
  const [more, setMore] = useState(false);
  const [endDate, setEndDate] = useState(todayIso());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.label ?? '';
  // §115 from a police agency is police information, which only the police record: anyone else is
  // not offered that pair (the server would refuse it). The tie's own values stay choosable.
  // With no agency named, data on a basis is the user's own agency's (createTie), maybe a police one.
  const ownAgency = useQuery(MY_AGENCY, { skip: !!tie }).data?.me?.agency?.id;
  const { agencies: agencyChoices, bases: legalChoices } = police115Choices({
    agencies: props.agencies, basis: legal, agencyId: tie ? agency : sourceAgencyOf(agency, ownAgency), mayRecordPolice115: props.mayRecordPolice115,
    keep: { agencyId: tie?.sourceAgency?.id, basis: tie?.legalBasis },
  });
  // A consent is attached at creation only (updateTie takes none); it may be about either person.
  const offerConsent = !tie && legal === 'CONSENT' && props.mayRestOnConsent;

  const chooseType = (v: TieType) => {
    setType(v);
    // A new "recruits" tie is harmful and directed unless the user already said otherwise.
    if (!touched.valence) setValence(tieTypeStyle[v].valence);
    if (!touched.directed) setDirected(tieTypeStyle[v].directed);
  };

  const run = (work: () => Promise<void>) => saveDialog(work, { setError, onError: props.onError, onClose: props.onClose, setBusy });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!tie && !target) {
      setError(new ApiError('BAD_USER_INPUT', t('tieForm.pickTarget'), [{ field: 'targetId', message: t('tieForm.pickTarget') }]));
      return;
    }
    const values: TieValues = { type, strength, valence, directed, sourceAgencyId: agency || null, legalBasis: legal, statuteCode: legal === 'OTHER_STATUTE' ? statute || null : null, confidence, note: note.trim() || null,
      consentId: offerConsent ? consentId || null : null };
    if (!tie) return run(() => props.onCreate(source, target, values));
    const patch: TiePatch = {};
    if (type !== tie.type) patch.type = type;
    if (strength !== tie.strength) patch.strength = strength;
    if (valence !== tie.valence) patch.valence = valence;
    if (directed !== tie.directed) patch.directed = directed;
    if ((agency || null) !== (tie.sourceAgency?.id ?? null)) patch.sourceAgencyId = agency || null;
    if (legal !== tie.legalBasis) patch.legalBasis = legal;
    if (legal === 'OTHER_STATUTE' && statute) patch.statuteCode = statute;
    if (confidence !== tie.confidence) patch.confidence = confidence;
    if (!props.meeting && (note.trim() || null) !== (tie.note ?? null)) patch.note = note.trim();
    if (!Object.keys(patch).length) return props.onClose();
    return run(() => props.onUpdate(tie.id, patch));
  };

  const targetError = fieldMessage(error, 'targetId');
  // Errors shown under their own field; the rest are listed above the buttons.
  const others = otherFieldProblems(error, offerConsent && more ? ['targetId', 'consentId'] : ['targetId']) ?? [];
  const title = tie
    ? t('tieForm.editTitle', { from: nameOf(tie.sourceId), to: nameOf(tie.targetId) })
    : target
      ? t('tieForm.newTitle', { from: nameOf(source), to: nameOf(target) })
      : t('tieForm.newTitleFrom', { from: nameOf(source) });

  return (
    <Dialog title={title} onClose={props.onClose} className="tie-dialog">
      <form onSubmit={submit} noValidate>
        {!tie && (
          <div className="row">
            <div>
              <label htmlFor="tie-target">{t('tieForm.to')}</label>
              <select id="tie-target" value={target} onChange={(e) => setTarget(e.target.value)} autoFocus={!target} aria-invalid={!!targetError} aria-describedby={targetError ? 'tie-target-error' : undefined}>
                <option value="">{t('tieForm.choosePerson')}</option>
                {people.filter((p) => p.id !== source).map((p) => (
                  <option key={p.id} value={p.id}>{p.label}</option>
                ))}
              </select>
              <FieldError id="tie-target-error" message={targetError} />
            </div>
            <button type="button" className="btn" disabled={!target} onClick={() => (setSource(target), setTarget(source))}>
              {t('tieForm.swap')}
            </button>
          </div>
        )}
        <label htmlFor="tie-type">{t('tieForm.type')}</label>
        <select id="tie-type" value={type} onChange={(e) => chooseType(e.target.value as TieType)} autoFocus={!!target || !!tie}>
          {TIE_TYPES.map((v) => (
            <option key={v} value={v}>{t(`tieTypes.${v}`)}</option>
          ))}
        </select>
        <fieldset className="segmented">
          <legend>{t('tieForm.strength')}</legend>
          {[1, 2, 3, 4, 5].map((s) => (
            <label key={s} className="choice">
              <input type="radio" name="tie-strength" value={s} checked={strength === s} onChange={() => setStrength(s)} />
              <span>{s}</span>
              <span className="visually-hidden">{t(`strength.${s}`)}</span>
            </label>
          ))}
        </fieldset>
        <p className="help">{t('tieForm.strengthHelp')}</p>
        <fieldset className="segmented">
          <legend>{t('tieForm.valence')}</legend>
          {VALENCES.map((v) => (
            <label key={v} className="choice">
              <input type="radio" name="tie-valence" value={v} checked={valence === v} onChange={() => (setValence(v), setTouched((x) => ({ ...x, valence: true })))} />
              <span className="badge" style={{ background: valenceStyle[v].colour, color: valenceStyle[v].text }} aria-hidden="true">{valenceStyle[v].symbol}</span>
              {t(`valences.${v}`)}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={directed} onChange={(e) => (setDirected(e.target.checked), setTouched((x) => ({ ...x, directed: true })))} />
          {t('tieForm.directed', { from: nameOf(tie?.sourceId ?? source), to: nameOf(tie?.targetId ?? target) || '…' })}
        </label>
        <details className="more" onToggle={(e) => setMore(e.currentTarget.open)}>
          <summary>{t('tieForm.more')}</summary>
          <label htmlFor="tie-agency">{t('tieForm.agency')}</label>
          <select id="tie-agency" value={agency} onChange={(e) => setAgency(e.target.value)}>
            <option value="">{t('tieForm.noAgency')}</option>
            {agencyChoices.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
          <label htmlFor="tie-legal">{t('tieForm.legalBasis')}</label>
          <select id="tie-legal" value={legal} onChange={(e) => setLegal(e.target.value as LegalBasis)}>
            {legalChoices.map((v) => <option key={v} value={v}>{t(`legalBasis.${v}`)}</option>)}
          </select>
          {offerConsent && more && (
            <ConsentSelect
              id="tie-consent" personIds={[source, target].filter(Boolean).sort()} nameOf={nameOf} scope="TIES" agencyId={agency}
              value={consentId} onChange={setConsentId} error={fieldMessage(error, 'consentId')}
              text={{
                label: t('tieForm.consent'), none: t('tieForm.noConsent'), empty: t('tieForm.noConsentFits'),
                option: (o) => t('tieForm.consentOption', o),
              }}
            />
          )}
          {legal === 'OTHER_STATUTE' && (
            <>
              <label htmlFor="tie-statute">{t('tieForm.statute')}</label>
              <select id="tie-statute" value={statute} onChange={(e) => setStatute(e.target.value)}>
                <option value="">{tie?.legalBasis === 'OTHER_STATUTE' ? t('tieForm.statuteUnchanged') : t('tieForm.chooseStatute')}</option>
                {statutes.map((s) => <option key={s.code} value={s.code}>{s.label}</option>)}
              </select>
            </>
          )}
          <label htmlFor="tie-confidence">{t('tieForm.confidence')}</label>
          <select id="tie-confidence" value={confidence} onChange={(e) => setConfidence(e.target.value as Confidence)}>
            {CONFIDENCE.map((v) => <option key={v} value={v}>{t(`confidence.${v}`)}</option>)}
          </select>
          {!props.meeting && (
            <>
              <label htmlFor="tie-note">{t('tieForm.note')}</label>
              <textarea id="tie-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            </>
          )}
        </details>
        {error && !error.fields.length && <p className="form-error" role="alert">{error.message}</p>}
        {others.length > 0 && (
          <ul className="form-error" role="alert">
            {others.map((f) => <li key={f.field}>{f.message}</li>)}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={props.onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{tie ? t('common.save') : t('tieForm.create')}</button>
        </div>
      </form>
      {tie && (
        <form className="end-tie" onSubmit={(e) => (e.preventDefault(), void run(() => props.onEnd(tie.id, endDate)))}>
          <h3>{t('tieForm.endTitle')}</h3>
          <p className="help">{t('tieForm.endHelp')}</p>
          <div className="row">
            <div>
              <label htmlFor="tie-end-date">{t('tieForm.endDate')}</label>
              <input id="tie-end-date" type="date" value={endDate} min={tie.validFrom} max={todayIso()} onChange={(e) => setEndDate(e.target.value)} />
            </div>
            <button type="submit" className="btn btn-danger" disabled={busy}>{t('tieForm.end')}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
