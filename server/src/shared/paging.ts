// Cursor pagination: opaque base64url cursors around the sort key of the last item.
export function pageSize(first: number | null | undefined, max = 200): number {
  if (first === null || first === undefined) return 50;
  return Math.max(1, Math.min(max, Math.trunc(first)));
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null;
  return Buffer.from(cursor, 'base64url').toString('utf8');
}
