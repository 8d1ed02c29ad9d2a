// The erasure's second step: the person's name typed back. Case, spacing and the dots of initials
// do not matter; anything else does (a slip of the hand should not erase the wrong child).
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
const bare = (s: string) => norm(s).replace(/[.\s]/g, '');

/** Whether what was typed names the person: their name as shown, or their initials (dots optional). */
export function confirmsName(typed: string, shown: string, initials: string): boolean {
  if (!norm(typed)) return false;
  return norm(typed) === norm(shown) || (bare(initials) !== '' && bare(typed) === bare(initials));
}
