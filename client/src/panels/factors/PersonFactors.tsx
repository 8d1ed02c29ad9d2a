// The factor part of a person's panel: the profile, the "Assess a factor" form for those who may
// record assessments, and the history. The caller renders it outside meeting mode only.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../board/context.js';
import { CONSENT_DATA_RECORDERS, POLICE_115_RECORDERS } from '../../legalAdmin/roles.js';
import { FactorProfile } from '../PersonDetails.js';
import { AssessForm } from './AssessForm.js';
import { FactorHistory } from './FactorHistory.js';
import { NS } from './strings.js';
import './factors.css';

/** The roles the policy lets create assessments (rule case-team); analysts read plans only. */
const ASSESSORS = new Set(['COORDINATOR', 'MEMBER']);

export function PersonFactors({ personId }: { personId: string }) {
  const { t: tf } = useTranslation(NS);
  const b = useBoard();
  const [open, setOpen] = useState(false);
  // Bumped after a save: the profile and the history are read again (their keys change).
  const [version, setVersion] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Closing the form (saved or cancelled) gives the focus back to the button that opened it.
  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const canAssess = b.editable && !b.meeting && !!b.role && ASSESSORS.has(b.role);
  return (
    <>
      <FactorProfile key={`profile-${version}`} personId={personId} />
      {canAssess && (
        <div className="panel-section assess-factor">
          {open ? (
            <AssessForm
              personId={personId} personName={b.nameOf(personId)} mayRecordPolice115={POLICE_115_RECORDERS.has(b.role ?? '')} mayRestOnConsent={CONSENT_DATA_RECORDERS.has(b.role ?? '')}
              onSaved={() => (setOpen(false), setVersion((v) => v + 1))} onClose={() => setOpen(false)} />
          ) : (
            <button ref={button} type="button" className="btn" aria-expanded={false} onClick={() => setOpen(true)}>{tf('assess.open')}</button>
          )}
        </div>
      )}
      <FactorHistory key={`history-${version}`} personId={personId} />
    </>
  );
}
