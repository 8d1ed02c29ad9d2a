// E-mail to the readiness team when an alert is raised, when SMTP is configured (SMTP_URL); with no
// SMTP there is no e-mail and no error. Sent after the alert is committed and never awaited by the
// request: a mail server that is down must not stop the team being told in the app. The e-mail
// holds no reason and no details, only the area, level, deadline and a link: it leaves Tavla's
// access control the moment it is sent.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { log } from '../log.js';

const transports = new Map<string, Transporter>();

function transport(url: string): Transporter {
  let tr = transports.get(url);
  if (!tr) {
    tr = nodemailer.createTransport(url);
    transports.set(url, tr);
  }
  return tr;
}

export const localeOf: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

export function formatInstant(iso: string, lang: Lang, timeZone: string): string {
  // dateStyle cannot be combined with timeZoneName, so the parts are named one by one.
  return new Intl.DateTimeFormat(localeOf[lang], {
    weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(new Date(iso));
}

export interface AlertMail {
  alertId: string;
  areaName: string;
  level: 'NORMAL' | 'ELEVATED' | 'CRITICAL';
  deadline: string;
}

export function alertMessage(config: Config, lang: Lang, a: AlertMail): { subject: string; text: string } {
  const level = t(lang, `situation.mail.levels.${a.level}`);
  const base = config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
  const link = `${base.replace(/\/$/, '')}/readiness/${encodeURIComponent(a.alertId)}`;
  const vars = { area: a.areaName, level, deadline: formatInstant(a.deadline, lang, config.TIME_ZONE), link };
  return { subject: t(lang, 'situation.mail.raisedSubject', vars), text: t(lang, 'situation.mail.raisedBody', vars) };
}

/** Returns at once; the returned promise (for tests) settles when the server answered or failed. */
export function mailAlert(config: Config, lang: Lang, recipients: string[], a: AlertMail): Promise<void> {
  if (!config.SMTP_URL || recipients.length === 0) return Promise.resolve();
  // Whatever goes wrong here is logged, never thrown into the request that raised the alert.
  return Promise.resolve()
    .then(() => {
      const { subject, text } = alertMessage(config, lang, a);
      // Bcc: the team's addresses are not handed to every recipient's mail client.
      return transport(config.SMTP_URL!).sendMail({ from: config.MAIL_FROM, to: config.MAIL_FROM, bcc: recipients, subject, text });
    })
    .then(
      () => log.info('readiness alert e-mailed', { alertId: a.alertId, recipients: recipients.length }),
      (err: unknown) => log.error('readiness alert e-mail failed', { alertId: a.alertId, code: (err as { code?: string }).code ?? 'unknown' }),
    );
}
