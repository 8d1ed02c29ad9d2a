// One board: loads it, holds what the meeting is looking at (filters, focus, date, changes,
// meeting mode, selection) and wires the canvas, list, panels and dialogs to the edit actions.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/errors.js';
import { notify } from '../app/notify.js';
import { navigate } from '../app/router.js';
import type { Me } from '../app/App.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { BoardActions, type Move } from './actions.js';
import { BoardCanvas, type CanvasHandle, type Selection } from './BoardCanvas.js';
import { BoardContext, type BoardContextValue, type DialogState } from './context.js';
import { BoardDialogs } from './BoardDialogs.js';
import { BoardToolbar } from './BoardToolbar.js';
import { FilterPanel } from './FilterPanel.js';
import { Legend } from './Legend.js';
import { ListView } from './ListView.js';
import { SidePanel } from './SidePanel.js';
import { computeView, isFiltering, noFilters, type Filters, type Focus } from './filters.js';
import { labelsFor, type LabelMode } from './labels.js';
import { legendContent } from './legendItems.js';
import { todayIso, type MembershipRole, type Position } from './model.js';
import { BoardStore } from './store.js';
import { placeNear } from './placement.js';
import { UndoStack } from './undo.js';
import { useBoardData } from './useBoardData.js';
import { useMeeting } from './useMeeting.js';
import { useCommunityLayer } from './communities.js';
import { defaultSince, useLastMeeting } from './lastMeeting.js';
import { handleCanvasKey, revealNode } from './canvasKeys.js';
import type { Positions } from './sizes.js';
import { exposeForTests } from './testHook.js';
import { LARGE_BOARD_PATCHES, type RendererPatch } from './largeBoardPatches.js';
import { nextDrawn } from './perf.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { PICTURE_EXPORTERS } from '../legalAdmin/roles.js';
import { filterSummary } from '../export/summary.js';
import { pictureFilter } from '../export/record.js';
import { PlanningLink } from '../planning/Overdue.js';
import { InterventionsLink } from '../interventions/InterventionsLink.js';
import { useAnalysis } from './analysis/useAnalysis.js';
import { AnalysisPanel } from './analysis/AnalysisPanel.js';
import { AnalysisToggle } from './analysis/AnalysisToggle.js';
import { AnalysisLegend } from './analysis/AnalysisLegend.js';
import { WhatIfBanner } from './analysis/WhatIfBanner.js';
import { useUndoKeys } from './useUndoKeys.js';
import { discardPredrawn, holdPredrawn } from '../predraw/predrawn.js';
// Issue 6: the case's closed date, and closing or reopening it (retention).
import { BoardClosure } from '../legalAdmin/BoardClosure.js';

const EDITORS = new Set(['COORDINATOR', 'MEMBER', 'ANALYST']);

export function BoardPage({ boardId, me }: { boardId: string; me: Me }) {
  const { t } = useTranslation();
  const store = useMemo(() => new BoardStore(), []);
  const undo = useMemo(() => new UndoStack(), []);
  const actions = useMemo(() => new BoardActions(boardId, store, undo), [boardId, store, undo]);
  const board = useSyncExternalStore(store.subscribe, store.get);
  useSyncExternalStore(undo.subscribe, undo.getVersion);
  const busy = useSyncExternalStore(actions.subscribe, actions.isBusy);

  const canEdit = EDITORS.has(me.role);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [changesSince, setChangesSince] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [meeting, setMeeting] = useMeeting();
  const [labelMode, setLabelMode] = useState<LabelMode>('initials');
  const [selection, setSelection] = useState<Selection | null>(null);
  const [keyFocus, setKeyFocus] = useState<string | null>(null);
  const [mode, setMode] = useState<'board' | 'list'>('board');
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [showCommunities, setShowCommunities] = useState(false);
  const canvas = useRef<CanvasHandle>(null);
  const [settled, setSettled] = useState(false);
  const { status, error, changes, agencies, reload } = useBoardData(boardId, store, asOf, changesSince, canEdit && settled);
  // Secondary reads wait until the board is drawn: they would only slow its first query down.
  const lastMeeting = useLastMeeting(boardId, todayIso(), settled);
  // The board drawn before the app loaded (predraw/) waits for this page's canvas.
  useEffect(() => holdPredrawn(boardId), [boardId]);
  useEffect(() => {
    if (status === 'error' || status === 'missing') discardPredrawn();
  }, [status]);
  useEffect(() => {
    if (status !== 'ready' || settled) return;
    const timer = window.setTimeout(() => setSettled(true), 300);
    return () => clearTimeout(timer);
  }, [status, settled]);

  const editable = canEdit && asOf === null && status === 'ready';
  const peopleKey = board ? board.people.map((p) => p.id).join(',') : '';
  const communities = useCommunityLayer(boardId, showCommunities, peopleKey, (e) => void handleErrorRef.current(e));
  // Issue 4: metrics, brokers, bridges, what-if and paths on the board (analysis/).
  const analysis = useAnalysis({ boardId, board, filters, asOf, meeting, onError: (e) => void handleErrorRef.current(e) });
  const view = useMemo(() => (board ? computeView(board, filters, focus) : null), [board, filters, focus]);
  const people = board?.people;
  const labels = useMemo(() => labelsFor(people ?? [], meeting ? labelMode : 'alias'), [people, meeting, labelMode]);
  const roleLetter = useCallback((r: MembershipRole) => t(`roles.short.${r}`), [t]);
  const nameOf = useCallback((id: string) => labels.get(id) ?? '', [labels]);

  useEffect(() => {
    if (board) document.title = `${board.title} · ${t('app.title')}`;
  }, [board, t]);

  const handleError = useCallback(
    async (err: unknown) => {
      const e = toApiError(err);
      if (e.code === 'UNAUTHENTICATED') return;
      if (e.code === 'STALE_VERSION') {
        notify(t('board.stale'), 'error');
        await reload();
        return;
      }
      if (e.code === 'NOT_FOUND') {
        notify(`${e.message} ${t('board.refreshed')}`, 'error');
        await reload();
        return;
      }
      notify(e.message || t('errors.generic'), 'error');
    },
    [reload, t],
  );
  const handleErrorRef = useRef(handleError);
  handleErrorRef.current = handleError;
  const run = useCallback(async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (err) {
      await handleError(err);
    }
  }, [handleError]);

  const select = useCallback((sel: Selection | null) => {
    setSelection(sel);
    if (sel && (sel.kind === 'person' || sel.kind === 'group')) setKeyFocus(sel.id);
  }, []);

  const stepUndo = useCallback(
    (redo: boolean) => {
      if (!editable || actions.isBusy() || undo.busy) return;
      const step = redo ? undo.redo() : undo.undo();
      step.then(
        (cmd) => cmd && notify(t(redo ? 'undo.redone' : 'undo.undone', { what: t(cmd.label, cmd.labelParams) })),
        (err) => handleError(err),
      );
    },
    [editable, undo, actions, t, handleError],
  );

  useUndoKeys(stepUndo, !!dialog);

  // Show a focused neighbourhood whole.
  useEffect(() => {
    if (focus && view && mode === 'board') canvas.current?.fit([...view.people]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, mode]);

  useEffect(() => revealNode(canvas.current?.cy() ?? null, keyFocus), [keyFocus]);

  // A new person or group goes beside the selected person, else mid-screen; never on anyone.
  const defaultPosition = useCallback((): Position => {
    const cy = canvas.current?.cy();
    const occupied: Position[] = cy ? cy.nodes().map((n) => ({ ...n.position() })) : Object.values(board?.positions ?? {});
    const sel = selection && board?.positions[selection.id];
    return placeNear(sel ? [sel] : [], occupied, canvas.current?.viewportCentre() ?? { x: 0, y: 0 });
  }, [selection, board]);

  const onConnect = useCallback(
    (from: string, to: string | null) => {
      if (!board) return;
      const isGroup = (id: string) => board.groups.some((g) => g.id === id);
      if (!to) setDialog(isGroup(from) ? { kind: 'membership', personId: null, groupId: from } : { kind: 'tie', sourceId: from, targetId: null });
      else if (isGroup(from) && isGroup(to)) setDialog({ kind: 'groupLink', sourceId: from, targetId: to });
      else if (isGroup(from)) setDialog({ kind: 'membership', personId: to, groupId: from });
      else if (isGroup(to)) setDialog({ kind: 'membership', personId: from, groupId: to });
      else setDialog({ kind: 'tie', sourceId: from, targetId: to });
    },
    [board],
  );

  const onPlaced = useCallback(
    (positions: Positions, firstLayout: boolean) => {
      // Only people and groups have a place on the board the server keeps; communities are
      // placed beside their people each time the layer is shown.
      const onBoard = new Set([...(board?.people.map((p) => p.id) ?? []), ...(board?.groups.map((g) => g.id) ?? [])]);
      const saved = Object.fromEntries(Object.entries(positions).filter(([id]) => onBoard.has(id)));
      store.setPositions(positions);
      if (!editable || !Object.keys(saved).length) return;
      const save = () => run(() => actions.savePositions(saved));
      // A first layout is saved once the board is drawn (nobody can be moved before that): the
      // server's write of every position competed with the drawing for the same cores.
      void (firstLayout ? nextDrawn().then(save) : save());
    },
    [board, editable, run, actions, store],
  );

  const fullLayout = useCallback(async () => {
    if (!board) return;
    const cy = canvas.current?.cy();
    const { layoutBoard } = await import('./layoutBoard.js');
    const next = await layoutBoard(board, cy ? cy.width() / Math.max(1, cy.height()) : 1.6, meeting);
    const moves: Move[] = Object.keys(next).filter((id) => board.positions[id]).map((id) => ({ id, from: board.positions[id]!, to: next[id]! }));
    await run(() => actions.moveNodes(moves, 'undo.layout'));
    // The canvas moves the nodes when it next renders; fit after that.
    setTimeout(() => canvas.current?.fit(), 60);
  }, [board, meeting, run, actions]);

  const leaveMeeting = () => {
    setMeeting(false);
    notify(t('meeting.left'));
  };

  const ctx: BoardContextValue | null = board && view
    ? { boardId, board, view, labels, changes, meeting, editable, busy, actions, select, openDialog: setDialog, setFocus, run, nameOf, role: me.role, reload }
    : null;

  // Tests only: a change to Cytoscape's renderer switched off (its own drawing back) and on again.
  const switchOnCanvas = (patch: RendererPatch, on: boolean) => {
    const cy = canvas.current?.cy();
    if (cy) (on ? patch.install : patch.remove)(cy);
  };

  useEffect(
    () =>
      exposeForTests({
        cy: () => canvas.current?.cy() ?? null,
        board: () => store.get(),
        view: () => view,
        labels: () => labels,
        selection: () => selection,
        undo,
        analysis: analysis.snapshot,
        // plainEdges, hitTest, viewportSnapshot, measuredBounds: one switch per change to Cytoscape.
        ...Object.fromEntries(Object.entries(LARGE_BOARD_PATCHES).map(([name, patch]) => [name, (on: boolean) => switchOnCanvas(patch, on)])),
      }),
    [store, view, labels, selection, undo, analysis.snapshot],
  );

  if (status === 'missing' || (status === 'error' && !board)) {
    return (
      <main className="page" id="main">
        <h1>{t('board.notFound')}</h1>
        {error && <p>{error.message}</p>}
        <button type="button" className="btn" onClick={() => navigate('/')}>{t('board.back')}</button>
      </main>
    );
  }
  if (!ctx || !board || !view) {
    return (
      <main className="page" id="main" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }

  const peopleOptions = board.people.map((p) => ({ id: p.id, label: nameOf(p.id) })).sort((a, b) => a.label.localeCompare(b.label));
  const minutes = () => ({
    title: board.title,
    lines: [
      `${t('export.date')}: ${formatDateTime(new Date().toISOString())} · ${t('export.boardAsOf')}: ${formatDate(asOf ?? todayIso())}${changes ? ` · ${t('changes.title', { date: formatDate(changes.since) })}` : ''}`,
      `${t('export.filter')}: ${filterSummary(filters, focus, board, t, nameOf)}`,
      meeting ? t(labelMode === 'initials' ? 'export.labelsInitials' : 'export.labelsPseudonyms') : t('export.labelsAliases'),
    ],
    legend: legendContent(board),
    changesOn: !!changes,
    footer: t('export.footer', { user: me.displayName }),
  });

  return (
    <BoardContext.Provider value={ctx}>
      <main className={`board-page ${meeting ? 'meeting' : ''}`} id="main">
        <div className="board-head">
          <h1>{board.title}</h1>
          {meeting && <p className="meeting-banner" role="status">{t('meeting.banner')}</p>}
          {asOf && <p className="asof-banner" role="status">{t('board.asOfBanner', { date: formatDate(asOf) })}</p>}
          {/* Issue 5: the planning view, with the board's overdue count. */}
          <PlanningLink boardId={boardId} />
          <InterventionsLink boardId={boardId} className="btn planning-link" />
          <BoardClosure />
          <WhatIfBanner a={analysis} />
        </div>
        <BoardToolbar
          editable={editable}
          canEdit={canEdit}
          undo={{ can: undo.canUndo && !undo.busy && !busy, label: undo.peekUndo() ? t(undo.peekUndo()!.label, undo.peekUndo()!.labelParams) : null, run: () => stepUndo(false) }}
          redo={{ can: undo.canRedo && !undo.busy && !busy, label: undo.peekRedo() ? t(undo.peekRedo()!.label, undo.peekRedo()!.labelParams) : null, run: () => stepUndo(true) }}
          onAddPerson={() => setDialog({ kind: 'addPerson' })}
          onAddGroup={() => setDialog({ kind: 'group' })}
          mode={mode}
          onMode={setMode}
          onFit={() => canvas.current?.fit()}
          onLayout={() => setDialog({ kind: 'layout' })}
          people={peopleOptions}
          focus={focus}
          onFocus={(f) => {
            setFocus(f);
            if (f) select({ kind: 'person', id: f.personId });
          }}
          asOf={asOf}
          onAsOf={(d) => {
            setAsOf(d);
            setSelection(null);
          }}
          changesSince={changesSince}
          onChangesSince={setChangesSince}
          defaultSince={defaultSince(todayIso(), lastMeeting)}
          sinceIsMeeting={!!lastMeeting}
          meeting={meeting}
          labelMode={labelMode}
          onLabelMode={setLabelMode}
          onMeeting={(on) => (on ? (setMeeting(true), setFiltersOpen(false)) : setDialog({ kind: 'leaveMeeting' }))}
          filtersOpen={filtersOpen}
          onFilters={setFiltersOpen}
          filtering={isFiltering(filters)}
          communities={showCommunities}
          communitiesAvailable={board.people.length <= 250}
          onCommunities={setShowCommunities}
          analysisToggle={<AnalysisToggle open={analysis.open} onToggle={(on) => (on ? analysis.setOpen(true) : analysis.close())} />}
          exportMenu={
            <ExportMenu
              cy={() => canvas.current?.cy() ?? null}
              overlay={() => canvas.current!.overlay()}
              meeting={meeting}
              title={board.title}
              dimmed={(id) => !view.people.has(id)}
              minutes={minutes}
              disabled={mode !== 'board'}
              fitIds={() => (view.focused ? view.people : null)}
              boardId={boardId}
              filter={() => pictureFilter(filters, focus, asOf, changesSince, meeting, labelMode)}
              allowed={PICTURE_EXPORTERS.has(me.role)}
            />
          }
        />
        <div className="board-body">
          {analysis.open && (
            <div id="analysis-panel">
              <AnalysisPanel a={analysis} />
            </div>
          )}
          {filtersOpen && !meeting && (
            <div id="filter-panel">
              <FilterPanel board={board} filters={filters} shownTies={view.ties.length} onChange={setFilters} />
            </div>
          )}
          <section className="board-stage" aria-label={t('board.stage')}>
            <p id="canvas-help" className="visually-hidden">{t('board.canvasHelp')}</p>
            <div className={mode === 'board' ? 'stage-board' : 'stage-board hidden'}>
              <Legend board={board} changesOn={!!changes} communitiesOn={!!communities?.communities.length} meeting={meeting} extra={<AnalysisLegend a={analysis} />} />
              <div className="canvas-wrap">
              <BoardCanvas
                ref={canvas}
                board={board}
                view={view}
                labels={labels}
                meeting={meeting}
                changes={changes}
                communities={communities}
                analysis={analysis.decor}
                editable={editable}
                selection={selection}
                keyboardFocus={keyFocus}
                roleLetter={roleLetter}
                ariaLabel={t('board.canvasLabel', { title: board.title })}
                ariaDescribedBy="canvas-help"
                handleLabel={(name) => t('board.handle', { name })}
                onSelect={select}
                onOpen={select}
                onConnect={onConnect}
                onAddAt={(at) => {
                  const cy = canvas.current?.cy();
                  setDialog({ kind: 'addPerson', at: placeNear([], cy ? cy.nodes().map((n) => ({ ...n.position() })) : [], at) });
                }}
                onMoved={(moves) => void run(() => actions.moveNodes(moves))}
                onPlaced={onPlaced}
                onKeyDown={(e) =>
                  handleCanvasKey(e, {
                    cy: canvas.current?.cy() ?? null,
                    focusId: keyFocus,
                    setFocusId: setKeyFocus,
                    selection,
                    select,
                    editable,
                    openDialog: setDialog,
                    setFocus,
                    move: (moves) => void run(() => actions.moveNodes(moves)),
                    zoomBy: (f) => canvas.current?.zoomBy(f),
                    fit: () => canvas.current?.fit(),
                  })
                }
              />
              </div>
            </div>
            {mode === 'list' && <ListView selection={selection} columns={analysis.columns} />}
            <p className="visually-hidden" aria-live="polite">
              {keyFocus && board.people.some((p) => p.id === keyFocus) ? t('board.focused', { name: nameOf(keyFocus), ties: view.ties.filter((x) => x.sourceId === keyFocus || x.targetId === keyFocus).length }) : ''}
            </p>
          </section>
          {(selection || changes || board.ties.length === 0) && <SidePanel selection={selection} onClose={() => setSelection(null)} />}
        </div>
        {dialog && (
          <BoardDialogs
            dialog={dialog}
            agencies={agencies}
            askName={canEdit}
            defaultPosition={defaultPosition}
            onError={(e) => void handleError(e)}
            onClose={() => setDialog(null)}
            onLeaveMeeting={leaveMeeting}
            onLayout={() => void fullLayout()}
            onCreatedPerson={(id) => select({ kind: 'person', id })}
          />
        )}
      </main>
    </BoardContext.Provider>
  );
}
