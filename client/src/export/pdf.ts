// One A4 page for the meeting's minutes: title, date, the filter in force, the board as shown,
// and the legend, with a line reminding the reader that it holds personal data.
import type { TFunction } from 'i18next';
import type { LegendContent } from '../board/legendItems.js';
import { CHANGE_COLOURS, PERSON_COLOURS, ROLES, VALENCES, groupLinkStyle, tieTypeStyle, tieWidth, valenceStyle, type LineStyle } from '../board/palette.js';
import { PdfPage, buildPdf } from './pdfWriter.js';
import { canvasBlob } from './image.js';

export interface MinutesInfo {
  title: string;
  /** Lines under the title: dates, filter, focus, label mode. */
  lines: string[];
  legend: LegendContent;
  changesOn: boolean;
  footer: string;
}

const PAGE_W = 842, PAGE_H = 595, M = 28;

function wrap(text: string, size: number, width: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * 0.5)));
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > max && line) {
      out.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) out.push(line);
  return out;
}

function dash(line: LineStyle): number[] | undefined {
  return line === 'dashed' ? [5, 3] : line === 'dotted' ? [1.2, 2.4] : undefined;
}

function sampleLine(page: PdfPage, x: number, y: number, colour: string, line: LineStyle, width = 2): void {
  if (line === 'double') {
    page.line(x, y - 2, x + 26, y - 2, { colour, width: 1.2 });
    page.line(x, y + 2, x + 26, y + 2, { colour, width: 1.2 });
  } else page.line(x, y, x + 26, y, { colour, width, ...(dash(line) ? { dash: dash(line)! } : {}) });
}

function drawLegend(page: PdfPage, info: MinutesInfo, t: TFunction, x: number, top: number, bottom: number): void {
  const size = 8.5, row = 13;
  let y = top;
  page.text(x, y, 11, t('legend.title'), { bold: true });
  y += 16;
  const item = (draw: (cx: number, cy: number) => void, label: string) => {
    if (y > bottom) return;
    draw(x, y - 3);
    page.text(x + 32, y, size, label);
    y += row;
  };
  item((cx, cy) => page.circle(cx + 13, cy, 5, { fill: PERSON_COLOURS.young.fill, stroke: PERSON_COLOURS.young.border, width: 1.2 }), t('legend.youngPerson'));
  if (info.legend.figures) item((cx, cy) => page.polygon([[cx + 13, cy - 6], [cx + 19, cy], [cx + 13, cy + 6], [cx + 7, cy]], { fill: PERSON_COLOURS.figure.fill, stroke: PERSON_COLOURS.figure.border, width: 1.2 }), t('legend.figure'));
  if (info.legend.toneSetters) item((cx, cy) => page.circle(cx + 13, cy, 5, { fill: PERSON_COLOURS.young.fill, stroke: PERSON_COLOURS.toneSetter, width: 2.5 }), t('legend.toneSetter'));
  if (info.legend.groups) {
    item((cx, cy) => page.rect(cx + 3, cy - 5, 20, 10, { fill: '#e3edf3', stroke: '#0b5e8a', width: 1.2 }), t('legend.group'));
    for (const r of ROLES) item((cx, cy) => {
      page.circle(cx + 13, cy, 5, { fill: '#0b5e8a' });
      page.text(cx + 10.6, cy + 2.6, 7, t(`roles.short.${r}`), { bold: true, colour: '#ffffff' });
    }, t(`roles.${r}`));
  }
  y += 4;
  for (const type of info.legend.tieTypes) item((cx, cy) => sampleLine(page, cx, cy, tieTypeStyle[type].colour, tieTypeStyle[type].line), t(`tieTypes.${type}`));
  y += 4;
  item((cx, cy) => {
    page.line(cx, cy, cx + 10, cy, { colour: '#333333', width: tieWidth(1) * 0.6 });
    page.line(cx + 14, cy, cx + 26, cy, { colour: '#333333', width: tieWidth(5) * 0.6 });
  }, t('legend.strength'));
  if (info.legend.directed) item((cx, cy) => {
    page.line(cx, cy, cx + 20, cy, { colour: '#333333', width: 1.5 });
    page.polygon([[cx + 20, cy - 3.5], [cx + 27, cy], [cx + 20, cy + 3.5]], { fill: '#333333' });
  }, t('legend.directed'));
  for (const v of VALENCES) item((cx, cy) => {
    page.rect(cx + 7, cy - 5, 12, 10, { fill: valenceStyle[v].colour });
    page.text(cx + 10, cy + 3, 8, valenceStyle[v].symbol, { bold: true, colour: valenceStyle[v].text });
  }, t(`valences.${v}`));
  for (const type of info.legend.groupLinkTypes) item((cx, cy) => sampleLine(page, cx, cy, groupLinkStyle[type].colour, groupLinkStyle[type].line, 2.5), t('legend.groupLink', { type: t(`groupLinkTypes.${type}`) }));
  if (info.changesOn) {
    y += 4;
    item((cx, cy) => page.line(cx, cy, cx + 26, cy, { colour: CHANGE_COLOURS.added, width: 5 }), t('legend.changeNew'));
    item((cx, cy) => page.line(cx, cy, cx + 26, cy, { colour: CHANGE_COLOURS.changed, width: 5 }), t('legend.changeChanged'));
    item((cx, cy) => page.line(cx, cy, cx + 26, cy, { colour: CHANGE_COLOURS.ended, width: 1.5, dash: [3, 3] }), t('legend.changeEnded'));
    item((cx, cy) => page.circle(cx + 13, cy, 5, { fill: PERSON_COLOURS.young.fill, stroke: CHANGE_COLOURS.added, width: 2.5 }), t('legend.changeMembership'));
  }
}

export async function minutesPdf(view: HTMLCanvasElement, info: MinutesInfo, t: TFunction): Promise<Blob> {
  const page = new PdfPage(PAGE_W, PAGE_H);
  page.text(M, M + 14, 17, info.title, { bold: true });
  let y = M + 32;
  for (const line of info.lines) {
    for (const part of wrap(line, 9.5, PAGE_W - 2 * M)) {
      page.text(M, y, 9.5, part);
      y += 12.5;
    }
  }
  const legendW = 170;
  const areaX = M, areaY = y + 6, areaW = PAGE_W - 2 * M - legendW - 14, areaH = PAGE_H - areaY - M - 16;
  const jpeg = new Uint8Array(await (await canvasBlob(view, 'image/jpeg', 0.92)).arrayBuffer());
  const scale = Math.min(areaW / view.width, areaH / view.height);
  const w = view.width * scale, h = view.height * scale;
  page.rect(areaX, areaY, areaW, areaH, { stroke: '#b0b0b0', width: 0.6 });
  page.image({ name: 'Im1', jpeg, width: view.width, height: view.height }, areaX + (areaW - w) / 2, areaY + (areaH - h) / 2, w, h);
  drawLegend(page, info, t, PAGE_W - M - legendW, areaY + 8, PAGE_H - M - 20);
  page.text(M, PAGE_H - M + 4, 8, info.footer, { colour: '#444444' });
  const bytes = buildPdf(page, info.title);
  return new Blob([bytes.buffer as ArrayBuffer], { type: 'application/pdf' });
}
