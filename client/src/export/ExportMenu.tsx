// Export the current view: PNG and SVG pictures, and a one-page PDF for the minutes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Core } from 'cytoscape';
import type { OverlayModel } from '../board/overlay.js';
import { notify } from '../app/notify.js';
import { todayIso } from '../board/model.js';
import { download, fileName } from './download.js';
import { canvasBlob, renderView } from './image.js';
import { boardSvg } from './svg.js';
import { minutesPdf, type MinutesInfo } from './pdf.js';
import { fitNodes } from '../board/viewport.js';
import { toApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { peopleInPicture, recordExport } from './record.js';
import { unexportableCount, withoutUnexportable } from './unexportable.js';

interface Props {
  cy(): Core | null;
  overlay(): OverlayModel;
  meeting: boolean;
  title: string;
  dimmed(id: string): boolean;
  minutes(): MinutesInfo;
  /** The list view is showing: the canvas is hidden and cannot be exported. */
  disabled: boolean;
  /** The people the PDF's picture is fitted to (the focus neighbourhood), or null for everyone. */
  fitIds(): Set<string> | null;
  boardId: string;
  /** The filter in force, for the access-log record of the export. */
  filter(): G.BoardPictureFilterInput;
  /** The user's role may export pictures (PICTURE_EXPORTERS); otherwise the buttons say why not. */
  allowed: boolean;
}

export function ExportMenu(props: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (kind: 'png' | 'svg' | 'pdf') => {
    const cy = props.cy();
    if (!cy) return;
    setBusy(true);
    try {
      const name = fileName(props.title, todayIso(), kind);
      // The minutes show the whole board (or the focused part), whatever the screen is zoomed to.
      const saved = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      const fitted = () => fitNodes(cy, props.fitIds(), 30, 2);
      let shown: string[];
      if (kind === 'svg') shown = peopleInPicture(cy, null);
      else if (kind === 'png') shown = peopleInPicture(cy, cy.extent());
      else {
        try {
          fitted();
          shown = peopleInPicture(cy, cy.extent());
        } finally {
          cy.viewport(saved);
        }
      }
      // Recorded in the access log before the file exists; refused: no file.
      try {
        await recordExport(props.boardId, kind.toUpperCase() as G.BoardPictureFormat, shown, props.filter());
      } catch (err) {
        notify(toApiError(err).message || t('export.failed'), 'error');
        return;
      }
      // Ties the user may not pass on (police §115, a consent, another statute) never leave
      // Tavla: the file is drawn without them.
      const left = unexportableCount(cy);
      if (kind === 'svg') {
        const svg = await withoutUnexportable(cy, () => boardSvg(cy, props.overlay(), props.meeting, props.dimmed));
        download(new Blob([svg], { type: 'image/svg+xml' }), name);
      } else if (kind === 'png') {
        const canvas = await withoutUnexportable(cy, () => renderView(cy, props.overlay(), props.meeting, props.dimmed, 2));
        download(await canvasBlob(canvas, 'image/png'), name);
      } else {
        let canvas: HTMLCanvasElement;
        try {
          fitted();
          canvas = await withoutUnexportable(cy, () => renderView(cy, props.overlay(), props.meeting, props.dimmed, 2.5));
        } finally {
          cy.viewport(saved);
        }
        // The minutes say what the picture leaves out, so nobody reads a missing tie as no tie.
        const info = props.minutes();
        download(await minutesPdf(canvas, left ? { ...info, lines: [...info.lines, t('export.leftOutLine', { count: left })] } : info, t), name);
      }
      notify(left ? t('export.doneWithoutUnexportable', { name, count: left }) : t('export.done', { name }));
    } catch {
      notify(t('export.failed'), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="toolbar-group" role="group" aria-labelledby="export-label" aria-describedby="export-note">
      <span id="export-label" className="group-label">{t('export.title')}</span>
      {(['png', 'svg', 'pdf'] as const).map((k) => (
        <button key={k} type="button" className="btn" disabled={busy || props.disabled || !props.allowed} onClick={() => void run(k)} title={`${t(`export.${k}Help`)}. ${t('export.noUnexportable')}`}>
          {t(`export.${k}`)}
        </button>
      ))}
      <span id="export-note" className={props.allowed ? 'visually-hidden' : 'muted'}>{props.allowed ? t('export.noUnexportable') : t('export.notAllowed')}</span>
    </div>
  );
}
