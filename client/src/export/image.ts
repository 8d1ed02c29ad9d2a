// The current view as a picture: white ground, group hulls, the Cytoscape drawing, role badges.
// The same layers as on screen, so the export is what the room saw.
import type { Core } from 'cytoscape';
import { drawBadges, drawHulls, type OverlayModel } from '../board/overlay.js';

export async function renderView(cy: Core, overlay: OverlayModel, meeting: boolean, dimmed: (id: string) => boolean, scale = 2): Promise<HTMLCanvasElement> {
  const w = Math.max(1, Math.round(cy.width()));
  const h = Math.max(1, Math.round(cy.height()));
  const canvas = document.createElement('canvas');
  canvas.width = w * scale;
  canvas.height = h * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const t = { zoom: cy.zoom(), pan: { ...cy.pan() }, scale };
  drawHulls(ctx, cy, overlay, t, meeting);
  const blob = cy.png({ output: 'blob', full: false, scale, bg: 'transparent' }) as unknown as Blob;
  const bitmap = await createImageBitmap(blob);
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  drawBadges(ctx, cy, overlay, t, meeting, dimmed);
  return canvas;
}

export function canvasBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('export failed'))), type, quality));
}
