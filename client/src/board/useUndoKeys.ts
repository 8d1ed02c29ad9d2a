// Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) anywhere on the board page, except while typing or while a
// dialog is open (its own fields keep their native undo).
import { useEffect } from 'react';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function useUndoKeys(step: (redo: boolean) => void, dialogOpen: boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || typing(e.target) || dialogOpen) return;
      const k = e.key.toLowerCase();
      if (k === 'z') {
        e.preventDefault();
        step(e.shiftKey);
      } else if (k === 'y') {
        e.preventDefault();
        step(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step, dialogOpen]);
}
