import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './export.js';

describe('export', () => {
  it('neutralises text a spreadsheet would run as a formula, not numbers', () => {
    for (const bad of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) expect(neutralise(bad)).toBe(`'${bad}`);
    expect(neutralise('Skolk')).toBe('Skolk');
    expect(neutralise(-5)).toBe(-5);
    expect(neutralise('<5')).toBe('<5');
  });

  it('writes one CSV row per number, quoted where needed', () => {
    const csv = toCsv([{ sheet: 'T', header: ['Factor', 'N'], rows: [['=HYPERLINK("x")', 7], ['Ro, "lugn"', '<5']] }], 'en');
    expect(csv.split('\r\n')).toEqual(['Table,Row,Column,Value', `T,"'=HYPERLINK(""x"")",N,7`, 'T,"Ro, ""lugn""",N,<5']);
  });
});
