// Meeting mode's flag in the tab's storage, without React: the board's first drawing
// (predraw/) reads it before the app is loaded, so that a reload on the projector shows no names.
export const MEETING_KEY = 'tavla.meeting';

export function readMeeting(): boolean {
  try {
    return sessionStorage.getItem(MEETING_KEY) === '1';
  } catch {
    return false;
  }
}
