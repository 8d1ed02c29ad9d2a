// A minimal one-page PDF writer: standard Helvetica text (WinAnsi, which covers Swedish and
// Danish letters), lines, filled shapes and one JPEG image. Enough for the minutes, with no
// 300 kB dependency and nothing that needs eval (the CSP forbids it).

export interface PdfImage {
  name: string;
  jpeg: Uint8Array;
  width: number;
  height: number;
}

const SPECIAL: Record<string, number> = {
  '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '™': 0x99,
  '−': 0x2d, '→': 0x3e, '←': 0x3c, '★': 0x2a, '×': 0xd7, '≥': 0x3e,
};

/** Text as WinAnsi bytes (one char per byte in the returned string); unknown characters become '?'. */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const mapped = SPECIAL[ch];
    if (mapped !== undefined) out += String.fromCharCode(mapped);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out += ch;
    else out += '?';
  }
  return out;
}

function pdfString(text: string): string {
  return `(${winAnsi(text).replace(/[\\()]/g, (c) => `\\${c}`).replace(/[\r\n]/g, ' ')})`;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

export type Rgb = [number, number, number];

export function hexRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return [0, 0, 0];
  return [parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255];
}

/** Drawing on one page, in points, with y measured from the top (as on screen). */
export class PdfPage {
  private ops: string[] = [];
  readonly images: PdfImage[] = [];
  constructor(readonly width: number, readonly height: number) {}

  private y(top: number): number {
    return this.height - top;
  }

  text(x: number, top: number, size: number, text: string, opts: { bold?: boolean; colour?: string } = {}): void {
    const [r, g, b] = hexRgb(opts.colour ?? '#000000');
    this.ops.push(`BT ${n(r)} ${n(g)} ${n(b)} rg /${opts.bold ? 'F2' : 'F1'} ${n(size)} Tf ${n(x)} ${n(this.y(top))} Td ${pdfString(text)} Tj ET`);
  }

  line(x1: number, y1: number, x2: number, y2: number, opts: { colour?: string; width?: number; dash?: number[] } = {}): void {
    const [r, g, b] = hexRgb(opts.colour ?? '#000000');
    this.ops.push(`q ${n(r)} ${n(g)} ${n(b)} RG ${n(opts.width ?? 1)} w [${(opts.dash ?? []).map(n).join(' ')}] 0 d ${n(x1)} ${n(this.y(y1))} m ${n(x2)} ${n(this.y(y2))} l S Q`);
  }

  /** A closed polygon, filled and/or stroked. */
  polygon(points: [number, number][], opts: { fill?: string; stroke?: string; width?: number }): void {
    if (points.length < 2) return;
    const path = points.map(([x, y], i) => `${n(x)} ${n(this.y(y))} ${i ? 'l' : 'm'}`).join(' ');
    this.paint(`${path} h`, opts);
  }

  rect(x: number, top: number, w: number, h: number, opts: { fill?: string; stroke?: string; width?: number }): void {
    this.paint(`${n(x)} ${n(this.y(top + h))} ${n(w)} ${n(h)} re`, opts);
  }

  circle(cx: number, cy: number, r: number, opts: { fill?: string; stroke?: string; width?: number }): void {
    const k = 0.5523 * r;
    const y = this.y(cy);
    const path = [
      `${n(cx + r)} ${n(y)} m`,
      `${n(cx + r)} ${n(y + k)} ${n(cx + k)} ${n(y + r)} ${n(cx)} ${n(y + r)} c`,
      `${n(cx - k)} ${n(y + r)} ${n(cx - r)} ${n(y + k)} ${n(cx - r)} ${n(y)} c`,
      `${n(cx - r)} ${n(y - k)} ${n(cx - k)} ${n(y - r)} ${n(cx)} ${n(y - r)} c`,
      `${n(cx + k)} ${n(y - r)} ${n(cx + r)} ${n(y - k)} ${n(cx + r)} ${n(y)} c h`,
    ].join(' ');
    this.paint(path, opts);
  }

  private paint(path: string, opts: { fill?: string; stroke?: string; width?: number }): void {
    const parts = ['q'];
    if (opts.fill) parts.push(`${hexRgb(opts.fill).map(n).join(' ')} rg`);
    if (opts.stroke) parts.push(`${hexRgb(opts.stroke).map(n).join(' ')} RG ${n(opts.width ?? 1)} w`);
    parts.push(path, opts.fill && opts.stroke ? 'B' : opts.fill ? 'f' : 'S', 'Q');
    this.ops.push(parts.join(' '));
  }

  image(img: PdfImage, x: number, top: number, w: number, h: number): void {
    this.images.push(img);
    this.ops.push(`q ${n(w)} 0 0 ${n(h)} ${n(x)} ${n(this.y(top + h))} cm /${img.name} Do Q`);
  }

  content(): string {
    return this.ops.join('\n');
  }
}

function bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** The finished file. */
export function buildPdf(page: PdfPage, title: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const offsets: number[] = [];
  const push = (b: Uint8Array) => {
    chunks.push(b);
    length += b.length;
  };
  const obj = (num: number, body: (Uint8Array | string)[]) => {
    offsets[num] = length;
    push(bytes(`${num} 0 obj\n`));
    for (const b of body) push(typeof b === 'string' ? bytes(b) : b);
    push(bytes('\nendobj\n'));
  };

  push(bytes('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'));
  const content = bytes(page.content());
  const imageObjs = page.images.map((_, i) => 7 + i);
  const xobjects = page.images.map((img, i) => `/${img.name} ${imageObjs[i]} 0 R`).join(' ');
  obj(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  obj(2, ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>']);
  obj(3, [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(page.width)} ${n(page.height)}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> /XObject << ${xobjects} >> >> >>`]);
  obj(4, [`<< /Length ${content.length} >>\nstream\n`, content, '\nendstream']);
  obj(5, ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']);
  obj(6, ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>']);
  page.images.forEach((img, i) => {
    obj(imageObjs[i]!, [
      `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${img.jpeg.length} >>\nstream\n`,
      img.jpeg,
      '\nendstream',
    ]);
  });
  const infoNum = 7 + page.images.length;
  obj(infoNum, [`<< /Title ${pdfString(title)} /Producer (Tavla) >>`]);

  const xrefAt = length;
  const count = infoNum + 1;
  let xref = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let i = 1; i < count; i++) xref += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  push(bytes(`${xref}trailer\n<< /Size ${count} /Root 1 0 R /Info ${infoNum} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`));

  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
