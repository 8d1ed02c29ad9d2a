// The otpauth:// URI as a QR code, for the authenticator app to scan. Drawn as one SVG path from
// uqr's module matrix (a small dependency-free encoder), so nothing is injected as markup and the
// strict CSP needs no exception. The key is also shown as text beside it (not everyone can scan).
import { encode } from 'uqr';

/** One unit square per dark module, as an SVG path. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
  }));
  return parts.join('');
}

export function QrCode({ text, label, size = 192 }: { text: string; label: string; size?: number }) {
  // Medium error correction and the standard four-module quiet zone: what phone cameras read best.
  const qr = encode(text, { ecc: 'M', border: 4 });
  return (
    <svg className="qr-code" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qrPath(qr.data)} fill="#000" />
    </svg>
  );
}
