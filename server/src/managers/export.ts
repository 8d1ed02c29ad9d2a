// The managers' overview as a file: CSV (one row per number: table, row, column, value) or Excel
// (one sheet per table). Only the published, suppressed numbers go in: a suppressed cell is "<5".
// Labels are in the request's language. Text in a CSV cell that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) is neutralised with a leading
// apostrophe; numbers are written as numbers and left alone.
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';
import type { Model } from '../graphql/model.js';
import { t, type Lang } from '../i18n/index.js';
import type { Overview } from './overview.js';

type Cell = string | number | null;
type Table = { sheet: string; header: string[]; rows: Cell[][] };

export function neutralise(v: Cell): Cell {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

const suffix: Record<Lang, string> = { sv: 'Sv', da: 'Da', en: 'En' };
const factorName = (f: Model, lang: Lang) => String(f[`name${suffix[lang]}`] ?? f.nameEn ?? f.key);

interface Count {
  value: number | null;
  suppressed: boolean;
  display: string;
}
const n = (c: Count): Cell => (c.suppressed ? '<5' : c.value);
const money = (c: { perWeek: { amount: number; currency: string }[]; suppressed: boolean }): Cell =>
  c.suppressed ? '<5' : c.perWeek.map((m) => `${m.amount.toFixed(2)} ${m.currency}`).join('; ') || 0;

/** The overview as tables, labelled in `lang`. */
export function tables(o: Overview, lang: Lang): Table[] {
  const L = (key: string) => t(lang, `managers.${key}`);
  const level = (l: string) => t(lang, `managers.level.${l}`);
  const name = (m: Model | null, none: string) => (m ? String(m.name) : L(none));
  const costCols = [L('interventions'), L('weeklyCost')];
  return [
    {
      sheet: L('sheet.triangle'),
      header: [L('level.title'), ...costCols],
      rows: [
        ...o.triangle.levels.map((l) => [level(l.level), n(l.interventions), money(l.weeklyCost)]),
        [L('total'), n(o.triangle.totalInterventions), money(o.triangle.totalWeeklyCost)],
      ],
    },
    {
      sheet: L('sheet.heatMap'),
      header: [L('factor'), L('kind'), ...o.triangle.levels.map((l) => level(l.level)), L('needing'), L('reached'), L('unreached')],
      rows: o.heatMap.map((r) => [
        factorName(r.factor, lang), t(lang, `managers.factorKind.${String(r.factor.kind)}`), ...r.byLevel.map(n), n(r.needing), n(r.reached), n(r.unreached),
      ]),
    },
    {
      sheet: L('sheet.agencies'),
      header: [L('agency'), ...costCols],
      rows: [
        ...o.byAgency.map((r) => [name(r.agency, 'noAgency'), n(r.interventions), money(r.weeklyCost)]),
        [L('total'), n(o.agencyTotal.interventions), money(o.agencyTotal.weeklyCost)],
      ],
    },
    {
      sheet: L('sheet.areas'),
      header: [L('area'), L('boards'), L('youngPeople'), ...costCols],
      rows: [
        ...o.byArea.map((r) => [name(r.area, 'noArea'), r.boards, n(r.youngPeople), n(r.interventions), money(r.weeklyCost)]),
        [L('total'), o.areaTotal.boards, n(o.areaTotal.youngPeople), n(o.areaTotal.interventions), money(o.areaTotal.weeklyCost)],
      ],
    },
    {
      sheet: L('sheet.progression'),
      header: [L('weekEnding'), L('kind'), L('assessed'), L('improved'), L('unchanged'), L('worsened'), L('share')],
      rows: o.progression.flatMap((p) =>
        (['risk', 'protective'] as const).map((k) => {
          const s = p[k];
          return [p.weekEnding, t(lang, `managers.factorKind.${k === 'risk' ? 'RISK' : 'PROTECTIVE'}`), n(s.assessed), n(s.improved), n(s.unchanged), n(s.worsened), s.share === null ? '' : Math.round(s.share * 1000) / 10];
        }),
      ),
    },
  ];
}

export function toCsv(list: Table[], lang: Lang): string {
  const rows: Cell[][] = [[t(lang, 'managers.table'), t(lang, 'managers.row'), t(lang, 'managers.column'), t(lang, 'managers.value')]];
  for (const table of list) {
    for (const r of table.rows) {
      for (let c = 1; c < r.length; c++) rows.push([table.sheet, r[0] ?? '', table.header[c] ?? '', r[c] ?? '']);
    }
  }
  return Papa.unparse(rows.map((r) => r.map(neutralise)), { newline: '\r\n' });
}

export async function toXlsx(list: Table[]): Promise<Buffer> {
  const sheets = list.map((table) => ({
    sheet: table.sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31),
    data: [table.header.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...table.rows.map((r) => r.map((v) => (v === null ? null : { value: v })))],
  }));
  return writeExcelFile(sheets as never).toBuffer();
}
