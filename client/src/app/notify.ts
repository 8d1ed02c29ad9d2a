// Short messages to the user (saved, undone, could not save...), read out by screen readers:
// errors through an assertive live region, the rest politely.
import { useSyncExternalStore } from 'react';

export interface Note {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

let notes: Note[] = [];
let next = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function notify(text: string, kind: Note['kind'] = 'info'): void {
  const note = { id: next++, text, kind };
  notes = [...notes.slice(-3), note];
  emit();
  setTimeout(() => dismiss(note.id), kind === 'error' ? 12_000 : 5_000);
}

export function dismiss(id: number): void {
  notes = notes.filter((n) => n.id !== id);
  emit();
}

export function useNotes(): Note[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => notes,
  );
}
