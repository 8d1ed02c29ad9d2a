// The text pdfkit wrote into a PDF: each TJ array's hex strings, WinAnsi (Latin-1 for the
// Scandinavian letters). Enough to check what the minutes say without a PDF library.
export function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  return [...raw.matchAll(/\[(.*?)\] TJ/g)]
    .map((m) => [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''))
    .join('\n');
}
