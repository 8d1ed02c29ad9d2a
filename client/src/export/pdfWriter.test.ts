import { describe, expect, it } from 'vitest';
import { PdfPage, buildPdf, hexRgb, winAnsi } from './pdfWriter.js';

const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');

describe('pdfWriter', () => {
  it('encodes Swedish and Danish letters as WinAnsi bytes and replaces the rest', () => {
    expect(winAnsi('Blåbærgrød Åsa Öö')).toBe('Blåbærgrød Åsa Öö');
    expect(winAnsi('Bø').charCodeAt(1)).toBe(0xf8);
    expect(winAnsi('a–b')).toBe(`a${String.fromCharCode(0x96)}b`);
    expect(winAnsi('中')).toBe('?');
  });

  it('reads hex colours', () => {
    expect(hexRgb('#ff0000')).toEqual([1, 0, 0]);
    expect(hexRgb('nonsense')).toEqual([0, 0, 0]);
  });

  it('writes a valid one-page file: every xref offset points at its object', () => {
    const page = new PdfPage(842, 595);
    page.text(30, 40, 18, 'Solbakken: de ni drenge (tavle)', { bold: true });
    page.line(30, 50, 300, 50, { colour: '#1d5fbf', width: 2, dash: [4, 2] });
    page.circle(100, 100, 10, { fill: '#dbe7f5', stroke: '#2b4c73' });
    page.rect(10, 10, 20, 20, { fill: '#ffffff' });
    page.polygon([[0, 0], [10, 0], [5, 5]], { stroke: '#000000' });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    page.image({ name: 'Im1', jpeg, width: 2, height: 1 }, 30, 60, 200, 100);
    const pdf = buildPdf(page, 'Minutes (Å)');
    const text = latin1(pdf);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(entries).toHaveLength(8);
    entries.forEach((off, i) => expect(text.slice(off).startsWith(`${i + 1} 0 obj\n`)).toBe(true));
    // Parentheses in text are escaped; the image bytes are embedded raw with the right length.
    expect(text).toContain('(Solbakken: de ni drenge \\(tavle\\)) Tj');
    expect(text).toContain('/Filter /DCTDecode /Length 4');
    expect(text).toContain('/Title (Minutes \\(Å\\))');
    const len = Number(/\/Length (\d+) >>\nstream\n/.exec(text)![1]);
    const start = text.indexOf('stream\n') + 7;
    expect(text.slice(start + len, start + len + 10)).toBe('\nendstream');
  });
});
