// "Since the last meeting": the latest of the board's meetings before today (today's meeting is
// the one being held), else a week ago.
import { useEffect, useState } from 'react';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import type { BoardLastMeetingQuery, BoardLastMeetingQueryVariables } from '../generated/graphql.js';
import { addDays } from './model.js';

const MEETINGS = op<BoardLastMeetingQuery, BoardLastMeetingQueryVariables>('BoardLastMeeting');

export function lastMeetingBefore(today: string, dates: readonly string[]): string | null {
  const past = dates.filter((d) => d < today).sort();
  return past.length ? past[past.length - 1]! : null;
}

export function defaultSince(today: string, lastMeeting: string | null): string {
  return lastMeeting ?? addDays(today, -7);
}

/** The date of the board's last meeting, once known (null: none, or meetings not available). */
export function useLastMeeting(boardId: string, today: string, enabled = true): string | null {
  const [last, setLast] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    query(MEETINGS, { id: boardId }).then(
      (r) => live && setLast(lastMeetingBefore(today, r.board?.meetings.map((m) => m.date) ?? [])),
      () => live && setLast(null),
    );
    return () => {
      live = false;
    };
  }, [boardId, today, enabled]);
  return last;
}
