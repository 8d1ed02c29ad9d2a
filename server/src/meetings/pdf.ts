// The minutes of a board meeting as a PDF (pdfkit, on the server, so the file is made from exactly
// what the policy let the request read). The standard Helvetica font covers the Latin-1 letters
// Swedish and Danish need (å ä ö æ ø).
import PDFDocument from 'pdfkit';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { localeOf } from '../readiness/mail.js';

export interface Minutes {
  boardTitle: string;
  date: string;
  decisions: string[];
  commitments: { what: string; who: string; due: string; done: boolean; intervention: string }[];
}

const longDate = (date: string, lang: Lang): string =>
  new Intl.DateTimeFormat(localeOf[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** `compress: false` keeps the text streams readable, which lets the tests check the content. */
export function minutesPdf(lang: Lang, timeZone: string, m: Minutes, now = new Date(), compress = false): Promise<Uint8Array> {
  const tr = (key: string, vars?: Record<string, unknown>) => t(lang, `situation.pdf.${key}`, vars);
  const doc = new PDFDocument({ size: 'A4', margin: 56, compress, info: { Title: `${tr('title')}: ${m.boardTitle}, ${m.date}` }, lang });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(20).text(tr('title'));
  doc.font('Helvetica').fontSize(13).text(m.boardTitle);
  doc.fontSize(11).fillColor('#333333').text(tr('meetingOf', { date: longDate(m.date, lang) }));
  doc.moveDown(1).fillColor('#000000');

  doc.font('Helvetica-Bold').fontSize(14).text(tr('decisions'));
  doc.font('Helvetica').fontSize(11).moveDown(0.3);
  if (m.decisions.length === 0) doc.text(tr('none'));
  m.decisions.forEach((d, i) => doc.text(`${i + 1}. ${d}`, { indent: 0 }).moveDown(0.2));
  doc.moveDown(1);

  doc.font('Helvetica-Bold').fontSize(14).text(tr('commitments'));
  doc.font('Helvetica').fontSize(11).moveDown(0.3);
  if (m.commitments.length === 0) doc.text(tr('none'));
  const today = now.toISOString().slice(0, 10);
  for (const c of m.commitments) {
    const status = c.done ? tr('done') : c.due < today ? tr('overdue') : tr('open');
    doc.font('Helvetica-Bold').text(c.what);
    doc.font('Helvetica').text(`${tr('who')}: ${c.who || '–'}   ${tr('due')}: ${longDate(c.due, lang)}   ${tr('status')}: ${status}`);
    if (c.intervention) doc.text(`${tr('intervention')}: ${c.intervention}`);
    doc.moveDown(0.4);
  }

  const stamp = new Intl.DateTimeFormat(localeOf[lang], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(now);
  doc.moveDown(1.5).fontSize(9).fillColor('#444444').text(tr('generated', { date: stamp }));
  doc.end();
  return done;
}
