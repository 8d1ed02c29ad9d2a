import { useTranslation } from 'react-i18next';
import { useBoard } from '../board/context.js';
import { tieTypeStyle, valenceStyle } from '../board/palette.js';
import { formatDate } from '../i18n/format.js';

export function TiePanel({ tieId }: { tieId: string }) {
  const { t } = useTranslation();
  const b = useBoard();
  const tie = b.board.ties.find((x) => x.id === tieId);
  if (!tie) return null;
  const step = (delta: number) => void b.run(() => b.actions.adjustStrength(tie.id, delta));
  return (
    <div className="panel tie-panel">
      <h2 id="panel-title">
        {b.nameOf(tie.sourceId)} {tie.directed ? '→' : '—'} {b.nameOf(tie.targetId)}
      </h2>
      <p>
        <span className="swatch" style={{ background: tieTypeStyle[tie.type].colour }} aria-hidden="true" /> {t(`tieTypes.${tie.type}`)} ·{' '}
        <span className="badge" style={{ background: valenceStyle[tie.valence].colour, color: valenceStyle[tie.valence].text }} aria-hidden="true">{valenceStyle[tie.valence].symbol}</span> {t(`valences.${tie.valence}`)}
        {tie.directed && <> · {t('panel.directed')}</>}
      </p>
      <div className="row strength-row">
        <span id="tie-strength-label">{t('panel.strengthN', { n: tie.strength })}</span>
        {b.editable && (
          <span role="group" aria-labelledby="tie-strength-label">
            <button type="button" className="btn btn-small" disabled={tie.strength <= 1} onClick={() => step(-1)} aria-label={t('panel.weaker')}>−</button>
            <button type="button" className="btn btn-small" disabled={tie.strength >= 5} onClick={() => step(1)} aria-label={t('panel.stronger')}>+</button>
          </span>
        )}
      </div>
      <dl className="facts">
        <dt>{t('panel.validFrom')}</dt>
        <dd>{formatDate(tie.validFrom)}</dd>
        {!b.meeting && (
          <>
            <dt>{t('tieForm.agency')}</dt>
            <dd>{tie.sourceAgency?.name ?? t('tieForm.noAgency')}</dd>
            <dt>{t('tieForm.legalBasis')}</dt>
            <dd>{t(`legalBasis.${tie.legalBasis}`)}</dd>
            <dt>{t('tieForm.confidence')}</dt>
            <dd>{t(`confidence.${tie.confidence}`)}</dd>
            {tie.note && (
              <>
                <dt>{t('tieForm.note')}</dt>
                <dd>{tie.note}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {b.editable && (
        <div className="panel-actions">
          <button type="button" className="btn btn-primary" onClick={() => b.openDialog({ kind: 'editTie', tieId: tie.id })}>{t('panel.editTie')}</button>
        </div>
      )}
    </div>
  );
}
