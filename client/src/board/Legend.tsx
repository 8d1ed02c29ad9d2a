import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardData } from './model.js';
import { legendContent } from './legendItems.js';
import { CHANGE_COLOURS, COMMUNITY_COLOURS, PERSON_COLOURS, ROLES, VALENCES, groupLinkStyle, tieTypeStyle, tieWidth, valenceStyle, type LineStyle } from './palette.js';

const dash = (line: LineStyle) => (line === 'dashed' ? '8 5' : line === 'dotted' ? '2 4' : undefined);

function Line({ colour, line, width = 3, arrow = false }: { colour: string; line: LineStyle; width?: number; arrow?: boolean }) {
  return (
    <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" className="legend-swatch">
      {line === 'double' ? (
        <>
          <line x1="2" y1="5" x2={arrow ? 34 : 42} y2="5" stroke={colour} strokeWidth={2} />
          <line x1="2" y1="11" x2={arrow ? 34 : 42} y2="11" stroke={colour} strokeWidth={2} />
        </>
      ) : (
        <line x1="2" y1="8" x2={arrow ? 34 : 42} y2="8" stroke={colour} strokeWidth={width} strokeDasharray={dash(line)} />
      )}
      {arrow && <polygon points="34,2 43,8 34,14" fill={colour} />}
    </svg>
  );
}

export function Legend({ board, changesOn, communitiesOn, meeting, extra }: { board: BoardData; changesOn: boolean; communitiesOn: boolean; meeting: boolean; extra?: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const c = legendContent(board);
  return (
    <section className={`legend ${meeting ? 'legend-meeting' : ''} ${open ? '' : 'collapsed'}`} aria-labelledby="legend-title">
      <h2 id="legend-title">
        <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('legend.title')}
        </button>
      </h2>
      {open && (
        <div className="legend-body">
          {/* Issue 4: the analysis layer's scales and marks, first: they are what was just switched on. */}
          {extra}
          <ul>
            <li>
              <svg width="22" height="22" aria-hidden="true"><circle cx="11" cy="11" r="9" fill={PERSON_COLOURS.young.fill} stroke={PERSON_COLOURS.young.border} strokeWidth="2" /></svg>
              {t('legend.youngPerson')}
            </li>
            {c.figures && (
              <li>
                <svg width="22" height="22" aria-hidden="true"><polygon points="11,1 21,11 11,21 1,11" fill={PERSON_COLOURS.figure.fill} stroke={PERSON_COLOURS.figure.border} strokeWidth="2" /></svg>
                {t('legend.figure')}
              </li>
            )}
            {c.toneSetters && (
              <li>
                <svg width="22" height="22" aria-hidden="true"><circle cx="11" cy="11" r="8" fill={PERSON_COLOURS.young.fill} stroke={PERSON_COLOURS.toneSetter} strokeWidth="4" /></svg>
                {t('legend.toneSetter')}
              </li>
            )}
            {c.groups && (
              <li>
                <svg width="22" height="22" aria-hidden="true"><rect x="1" y="4" width="20" height="14" rx="7" fill="rgba(11,94,138,0.12)" stroke="#0b5e8a" strokeWidth="2" /></svg>
                {t('legend.group')} · {ROLES.map((r) => `${t(`roles.short.${r}`)} = ${t(`roles.${r}`)}`).join(', ')}
              </li>
            )}
            {communitiesOn && (
              <li>
                <svg width="22" height="22" aria-hidden="true"><rect x="1" y="5" width="20" height="12" rx="5" fill={COMMUNITY_COLOURS.fill} stroke={COMMUNITY_COLOURS.border} strokeWidth="1.5" strokeDasharray="3 2" /></svg>
                {t('legend.community')}
              </li>
            )}
          </ul>
          {c.tieTypes.length > 0 && (
            <ul>
              {c.tieTypes.map((type) => (
                <li key={type}>
                  <Line colour={tieTypeStyle[type].colour} line={tieTypeStyle[type].line} />
                  {t(`tieTypes.${type}`)}
                </li>
              ))}
            </ul>
          )}
          <ul>
            <li>
              <svg width="44" height="16" aria-hidden="true" className="legend-swatch">
                <line x1="2" y1="8" x2="18" y2="8" stroke="#333" strokeWidth={tieWidth(1)} />
                <line x1="24" y1="8" x2="42" y2="8" stroke="#333" strokeWidth={tieWidth(5)} />
              </svg>
              {t('legend.strength')}
            </li>
            {c.directed && (
              <li>
                <Line colour="#333" line="solid" arrow />
                {t('legend.directed')}
              </li>
            )}
            {VALENCES.map((v) => (
              <li key={v}>
                <span className="badge" style={{ background: valenceStyle[v].colour, color: valenceStyle[v].text }} aria-hidden="true">{valenceStyle[v].symbol}</span>
                {t(`valences.${v}`)}
              </li>
            ))}
            {c.groupLinkTypes.map((type) => (
              <li key={type}>
                <Line colour={groupLinkStyle[type].colour} line={groupLinkStyle[type].line} width={4} />
                {t('legend.groupLink', { type: t(`groupLinkTypes.${type}`) })}
              </li>
            ))}
          </ul>
          {changesOn && (
            <ul>
              <li><Line colour={CHANGE_COLOURS.added} line="solid" width={8} />{t('legend.changeNew')}</li>
              <li><Line colour={CHANGE_COLOURS.changed} line="solid" width={8} />{t('legend.changeChanged')}</li>
              <li><Line colour={CHANGE_COLOURS.ended} line="dashed" />{t('legend.changeEnded')}</li>
              <li>
                <svg width="22" height="22" aria-hidden="true"><circle cx="11" cy="11" r="7" fill={PERSON_COLOURS.young.fill} stroke={CHANGE_COLOURS.added} strokeWidth="4" /></svg>
                {t('legend.changeMembership')}
              </li>
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
