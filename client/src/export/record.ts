// Every picture of the board that leaves the browser is recorded in the access log first
// (Mutation.recordExport): who exported which people, in what format, under which filter. The
// file is made only once the server has recorded it; a role the policy does not let export gets
// the server's refusal and no file.
import type { Core } from 'cytoscape';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import type * as G from '../generated/graphql.js';
import type { Filters, Focus } from '../board/filters.js';
import type { LabelMode } from '../board/labels.js';

const RECORD = op<G.RecordExportMutation, G.RecordExportMutationVariables>('RecordExport');

export type PictureFormat = G.BoardPictureFormat;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/**
 * The people a picture shows: every person drawn (dimmed ones too: they are in the picture)
 * whose node reaches into `area` (board coordinates), or all drawn people when the file holds
 * the whole drawing whatever is on screen (the SVG keeps what lies outside its view box).
 */
export function peopleInPicture(cy: Core, area: Box | null): string[] {
  return cy
    .nodes('.person')
    .filter((n) => n.visible() && (!area || overlaps(n.boundingBox({}), area)))
    .map((n) => n.id())
    .sort();
}

/** The filter in force, as the access log keeps it: ids and values, never a name. */
export function pictureFilter(f: Filters, focus: Focus | null, asOf: string | null, changesSince: string | null, meeting: boolean, labelMode: LabelMode): G.BoardPictureFilterInput {
  return {
    asOf,
    changesSince,
    hiddenTieTypes: f.hiddenTypes,
    hiddenValences: f.hiddenValences,
    hiddenAgencies: f.hiddenAgencies,
    minStrength: f.minStrength,
    focusPersonId: focus?.personId ?? null,
    focusSteps: focus?.depth ?? null,
    labels: !meeting ? 'ALIASES' : labelMode === 'initials' ? 'INITIALS' : 'PSEUDONYMS',
    // Every picture is drawn without the ties the user may not pass on (unexportable.ts);
    // without this the server refuses a picture holding one.
    withoutUnexportable: true,
  };
}

export async function recordExport(boardId: string, format: PictureFormat, personIds: string[], filter: G.BoardPictureFilterInput): Promise<number> {
  const r = await mutate(RECORD, { input: { boardId, format, personIds, filter } });
  return r.recordExport;
}
