import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from './QrCode.js';

describe('qrPath', () => {
  it('draws one unit square per dark module, at its column and row', () => {
    expect(qrPath([[true, false], [false, true]])).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
    expect(qrPath([[false]])).toBe('');
  });

  it('fits an otpauth URI into a small QR code with the quiet zone around it', () => {
    const uri = 'otpauth://totp/Tavla:kasper.holm?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Tavla';
    const qr = encode(uri, { ecc: 'M', border: 4 });
    // 85 bytes: level M holds 84 in version 5 and 106 in version 6 (ISO/IEC 18004 table 7), and
    // version v is 4v + 17 modules wide, plus four either side.
    expect(uri.length).toBe(85);
    expect(qr.version).toBe(6);
    expect(qr.size).toBe(4 * 6 + 17 + 8);
    expect(qr.data[0]!.every((m) => !m)).toBe(true);
    // The top-left finder pattern starts just inside the quiet zone: a 7-module dark row.
    expect(qr.data[4]!.slice(4, 11).every((m) => m)).toBe(true);
  });
});
