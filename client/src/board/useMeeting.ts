// Meeting mode survives a reload of the tab (a reload on the projector must not reveal names),
// and is per tab: another window at the desk is not in meeting mode.
import { useCallback, useState } from 'react';
import { MEETING_KEY as KEY, readMeeting as read } from './meetingFlag.js';

export function useMeeting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(read);
  const set = useCallback((value: boolean) => {
    try {
      if (value) sessionStorage.setItem(KEY, '1');
      else sessionStorage.removeItem(KEY);
    } catch {
      // Without storage it still works for this page.
    }
    setOn(value);
  }, []);
  return [on, set];
}
