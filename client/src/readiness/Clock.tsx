// The 24-hour clock. The server gives the seconds left when it answered; this counts down from
// the moment the answer arrived (not from the device's idea of the deadline, which may be skewed).
// The big figures are decoration for sighted people; the sentence below them is the clock as text,
// in a polite live region that changes only every quarter hour.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format.js';
import { announcedSeconds, countdown, duration, hoursMinutes } from './format.js';

export interface ClockData {
  deadline: string;
  state: 'RUNNING' | 'OVERDUE' | 'MET' | 'MISSED' | 'CALLED_OFF';
  secondsRemaining?: number | null;
  minutesToConvene?: number | null;
}

export function Clock({ clock, receivedAt, compact = false }: { clock: ClockData; receivedAt: number; compact?: boolean }) {
  // One live region per page: the alert's own clock; the list's compact clocks stay quiet.
  const live = !compact;
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const running = clock.secondsRemaining !== null && clock.secondsRemaining !== undefined;
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [running]);

  if (!running) {
    const text =
      clock.state === 'MET' || (clock.state === 'MISSED' && clock.minutesToConvene != null)
        ? t(`situation.clock.${clock.state}`, { time: duration(clock.minutesToConvene ?? 0) })
        : t(`situation.clock.${clock.state === 'MISSED' ? 'MISSED_CLOSED' : 'CALLED_OFF'}`);
    return <p className={`clock clock-${clock.state.toLowerCase()}`}>{text}</p>;
  }
  const left = clock.secondsRemaining! - Math.floor((now - receivedAt) / 1000);
  const said = hoursMinutes(announcedSeconds(left));
  const sentence = left >= 0 ? t('situation.clock.left', said) : t('situation.clock.overdue', said);
  return (
    <div className={`clock ${left >= 0 ? 'clock-running' : 'clock-overdue'}`}>
      {!compact && (
        <p className="clock-figures" aria-hidden="true">
          {left < 0 ? '−' : ''}
          {countdown(left)}
        </p>
      )}
      <p role={live ? 'status' : undefined} aria-live={live ? 'polite' : undefined} className="clock-text">
        {sentence}
      </p>
      {!compact && (
        <p className="clock-deadline">
          {t('situation.clock.deadline')}: {formatDateTime(clock.deadline)}
        </p>
      )}
    </div>
  );
}

export function LevelBadge({ level }: { level: 'NORMAL' | 'ELEVATED' | 'CRITICAL' }) {
  const { t } = useTranslation();
  return <span className={`lvl-badge lvl-${level.toLowerCase()}`}>{t(`situation.levels.${level}`)}</span>;
}
