import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { alertMessage, formatInstant, mailAlert } from './mail.js';

const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://tavla.example/', TIME_ZONE: 'Europe/Copenhagen' });

describe('the alert e-mail', () => {
  it('writes the deadline in the municipality’s time zone: 10:00 UTC in March is 11:00 in Copenhagen', () => {
    expect(formatInstant('2026-03-27T10:00:00Z', 'en', 'Europe/Copenhagen')).toMatch(/11:00/);
    // After the move to summer time (29 March 2026) the same UTC hour is 12:00.
    expect(formatInstant('2026-03-30T10:00:00Z', 'en', 'Europe/Copenhagen')).toMatch(/12:00/);
  });

  it('holds the area, level, deadline and link, translated, and no reason', () => {
    const m = alertMessage(config, 'da', { alertId: 'ral_x', areaName: 'Solbakken', level: 'CRITICAL', deadline: '2026-03-27T10:00:00Z' });
    expect(m.subject).toBe('Beredskabsalarm: Solbakken (kritisk niveau)');
    expect(m.text).toContain('https://tavla.example/readiness/ral_x');
    expect(m.text).toContain('11.00');
  });

  it('does nothing, and fails nothing, without SMTP', async () => {
    await expect(mailAlert(loadConfig({ NODE_ENV: 'test' }), 'en', ['a@b.example'], { alertId: 'ral_x', areaName: 'A', level: 'ELEVATED', deadline: '2026-03-27T10:00:00Z' })).resolves.toBeUndefined();
  });
});
