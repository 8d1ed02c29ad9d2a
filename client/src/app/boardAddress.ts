/** The board id in a board's address (`/boards/<id>`), or null for any other page. */
export function boardIdAt(pathname: string): string | null {
  const m = /^\/boards\/([^/]+)\/?$/.exec(pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}
