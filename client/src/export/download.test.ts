import { describe, expect, it } from 'vitest';
import { fileName } from './download.js';

describe('fileName', () => {
  it('makes a safe name from a Danish or Swedish title', () => {
    expect(fileName('Solbakken: de ni drenge', '2026-11-22', 'png')).toBe('solbakken-de-ni-drenge-2026-11-22.png');
    expect(fileName('Lærketorvet / Ökö', '2026-11-22', 'pdf')).toBe('laerketorvet-oko-2026-11-22.pdf');
    expect(fileName('???', '2026-01-01', 'svg')).toBe('tavla-2026-01-01.svg');
  });
});
