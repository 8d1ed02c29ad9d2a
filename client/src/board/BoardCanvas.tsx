// The drawing surface: Cytoscape between two overlay canvases (group hulls under the people,
// role badges over them). It mirrors the store (see reconcile.ts), places new people near their
// neighbours, runs a full layout only for a board that has never been laid out, and reports what
// the user did (select, drag, connect, double-click to add) upward; it saves nothing itself.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Core, EventObject, NodeSingular, SingularElementArgument } from 'cytoscape';
import { cytoscapeLoaded } from './cytoscapeLib.js';
import type { BoardData, MembershipRole, Position } from './model.js';
import type { View } from './filters.js';
import type { ChangeSet } from './changes.js';
import type { CommunityLayer } from './communities.js';
import type { Move } from './actions.js';
import { buildElements } from './elements.js';
import { boardStyle } from './style.js';
import { cyOptions } from './cyOptions.js';
import { abandonPrepared, isPrepared, prepareFirstLoad, reconcile, reconcileInChunks } from './reconcile.js';
import { allInView, fitNodes, fitPoints } from './viewport.js';
import { placeNear } from './placement.js';
import { LARGE_BOARD, type Positions } from './sizes.js';
import { neverLaidOut } from './firstLayout.js';
import { overlayModel, paintOverlays, type OverlayModel } from './overlay.js';
import { LARGE_BOARD_PATCHES } from './largeBoardPatches.js';
import { TieHandle } from './TieHandle.js';
import { markDrawnAfterRender, READY_MARK } from './perf.js';
import { holdBlankLayers } from './blankLayers.js';
import { oncePerFrame } from './oncePerFrame.js';
import { drawNextFrameDirect } from './firstFrame.js';
import { discardPredrawn, forgetCanvas, rememberCanvas, takePredrawn } from '../predraw/predrawn.js';
import type { Predrawn } from '../predraw/state.js';
import { markSettled } from '../app/settled.js';
import { decorateElements, type AnalysisDecor } from './analysis/decor.js';

export type Selection = { kind: 'person' | 'group' | 'tie' | 'groupLink' | 'endedTie'; id: string };

export interface CanvasHandle {
  cy(): Core | null;
  fit(ids?: string[]): void;
  zoomBy(factor: number): void;
  /** The middle of what is on screen, in board coordinates (where a new person goes by default). */
  viewportCentre(): Position;
  overlay(): OverlayModel;
}

interface Props {
  board: BoardData;
  view: View;
  labels: Map<string, string>;
  meeting: boolean;
  changes: ChangeSet | null;
  communities: CommunityLayer | null;
  /** Issue 4: the analysis layer's sizes, colours and marks (null: the board as drawn). */
  analysis?: AnalysisDecor | null;
  editable: boolean;
  selection: Selection | null;
  keyboardFocus: string | null;
  roleLetter: (r: MembershipRole) => string;
  ariaLabel: string;
  ariaDescribedBy: string;
  handleLabel: (name: string) => string;
  onSelect(sel: Selection | null): void;
  onOpen(sel: Selection): void;
  onConnect(fromId: string, toId: string | null): void;
  onAddAt(at: Position): void;
  onMoved(moves: Move[]): void;
  onPlaced(positions: Positions, firstLayout: boolean): void;
  onKeyDown(e: ReactKeyboardEvent<HTMLDivElement>): void;
}

function selectionOf(target: SingularElementArgument): Selection | null {
  if (target.isNode()) return { kind: target.hasClass('group') ? 'group' : 'person', id: target.id() };
  if (target.hasClass('tie')) return { kind: 'tie', id: target.id() };
  if (target.hasClass('glink')) return { kind: 'groupLink', id: target.id() };
  if (target.hasClass('ended')) return { kind: 'endedTie', id: target.id().replace(/^ended:/, '') };
  return null;
}

export const BoardCanvas = forwardRef<CanvasHandle, Props>(function BoardCanvas(props, ref) {
  const hostRef = useRef<HTMLDivElement>(null);
  const cyBox = useRef<HTMLDivElement>(null);
  const underRef = useRef<HTMLCanvasElement>(null);
  const overRef = useRef<HTMLCanvasElement>(null);
  const cyRef = useRef<Core | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const overlayRef = useRef<OverlayModel>({ groups: [], badges: [] });
  const drawn = useRef(false);
  const adopted = useRef<Predrawn | null>(null);
  // Puts Cytoscape's blank layers back once the board is on the screen (blankLayers.ts).
  const showLayers = useRef<() => void>(() => {});
  const generation = useRef(0);
  // Decided once, when the board opens: a large board is drawn plainly and added in chunks.
  const large = useRef(props.board.people.length > LARGE_BOARD);
  const layoutRunning = useRef(false);
  const [cyReady, setCyReady] = useState<Core | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const onHandle = useRef(false);

  const paintNow = () => {
    const cy = cyRef.current;
    const host = hostRef.current;
    // While a large board's first load keeps its batch open nothing of it is drawn, so neither
    // are its hulls: they were worked out anew for each chunk of people (30 ms and more).
    // The frame after the batch ends draws them.
    if (!cy || !host || !underRef.current || !overRef.current || (cy as unknown as { batching(): boolean }).batching()) return;
    const { meeting, view } = propsRef.current;
    // Badges fade with their person: filtered out, or taken out or off the path in the analysis.
    paintOverlays(host, underRef.current, overRef.current, cy, overlayRef.current, meeting, (id) => !view.people.has(id) || cy.getElementById(id).is('.an-removed, .an-faded'));
  };
  // The first drawing's overlay is painted in the task before its frame (`paintAhead`), not in
  // that frame's task (on a large board 20-30 ms more in its longest task); the render of that
  // frame paints it again only if the view moved or a node did since.
  const ahead = useRef<{ zoom: number; x: number; y: number; moves: number } | null>(null);
  const moves = useRef(0);
  const paintAhead = (cy: Core) => {
    paintNow();
    const { x, y } = cy.pan();
    ahead.current = { zoom: cy.zoom(), x, y, moves: moves.current };
  };
  // paintNow reads everything from refs, so the one made at the first render serves throughout.
  const [overlayFrame] = useState(() => oncePerFrame(() => paintNow()));
  const paintOverlay = () => {
    const a = ahead.current;
    if (a) {
      ahead.current = null;
      const cy = cyRef.current;
      const pan = cy?.pan();
      if (cy && pan && cy.zoom() === a.zoom && pan.x === a.x && pan.y === a.y && moves.current === a.moves) return;
    }
    overlayFrame.request();
  };

  useImperativeHandle(ref, () => ({
    cy: () => cyRef.current,
    fit(ids) {
      const cy = cyRef.current;
      if (!cy) return;
      fitNodes(cy, ids?.length ? new Set(ids) : null);
    },
    zoomBy(factor) {
      const cy = cyRef.current;
      if (!cy) return;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    viewportCentre() {
      const cy = cyRef.current;
      if (!cy) return { x: 0, y: 0 };
      const e = cy.extent();
      return { x: Math.round((e.x1 + e.x2) / 2), y: Math.round((e.y1 + e.y2) / 2) };
    },
    overlay: () => overlayRef.current,
  }));

  // Create Cytoscape once.
  useEffect(() => {
    const isLarge = large.current;
    // A board of demo size may already be on the screen, drawn before the app was loaded
    // (predraw/): the canvas takes that Cytoscape over as it is, and nothing is drawn twice.
    const early = isLarge ? null : takePredrawn(propsRef.current.board.id, propsRef.current.meeting, cyBox.current!);
    let cy: Core;
    if (early) {
      cy = early.cy;
      adopted.current = early;
      cy.resize();
    } else {
      discardPredrawn();
      cy = cytoscapeLoaded()(cyOptions(cyBox.current!, propsRef.current.meeting, isLarge));
      showLayers.current = holdBlankLayers(cy);
    }
    // A large board's changes to Cytoscape's renderer (largeBoardPatches.ts).
    if (isLarge) for (const patch of Object.values(LARGE_BOARD_PATCHES)) patch.install(cy);
    cyRef.current = cy;
    setCyReady(cy);

    let grabbedAt = new Map<string, Position>();
    let pendingMoves: Move[] = [];
    let flush = 0;
    cy.on('grab', 'node', (e: EventObject) => {
      grabbedAt = new Map();
      // Everything that moves with this node: it, or the whole selection it belongs to.
      const moving = e.target.selected() ? cy.$('node:selected') : e.target;
      moving.forEach((n: NodeSingular) => {
        grabbedAt.set(n.id(), { ...n.position() });
      });
    });
    cy.on('dragfree', 'node', (e: EventObject) => {
      const n = e.target as NodeSingular;
      const from = grabbedAt.get(n.id());
      const to = { ...n.position() };
      if (from && (Math.abs(from.x - to.x) > 0.5 || Math.abs(from.y - to.y) > 0.5)) pendingMoves.push({ id: n.id(), from, to });
      clearTimeout(flush);
      flush = window.setTimeout(() => {
        const moves = pendingMoves;
        pendingMoves = [];
        if (moves.length) propsRef.current.onMoved(moves);
      }, 0);
    });
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) propsRef.current.onSelect(null);
      else propsRef.current.onSelect(selectionOf(e.target));
    });
    cy.on('dbltap', (e: EventObject) => {
      if (e.target === cy) {
        if (propsRef.current.editable) propsRef.current.onAddAt({ x: Math.round(e.position.x), y: Math.round(e.position.y) });
      } else {
        const sel = selectionOf(e.target);
        if (sel) propsRef.current.onOpen(sel);
      }
    });
    let unhover = 0;
    cy.on('mouseover', 'node', (e: EventObject) => {
      clearTimeout(unhover);
      setHover(e.target.id());
    });
    // Leave the handle up long enough to reach it from the node.
    cy.on('mouseout', 'node', () => {
      clearTimeout(unhover);
      unhover = window.setTimeout(() => {
        if (!onHandle.current) setHover(null);
      }, 900);
    });
    cy.on('position', () => void moves.current++);
    cy.on('render', paintOverlay);

    // When a panel opens or closes: a board that was all in view is fitted again; otherwise the
    // middle of the view stays in the middle.
    let size = { w: cy.width(), h: cy.height() };
    const ro = new ResizeObserver(() => {
      const wasAllInView = allInView(cy);
      cy.resize();
      const next = { w: cy.width(), h: cy.height() };
      if (next.w > 0 && next.h > 0 && size.w > 0 && size.h > 0 && drawn.current) {
        if (wasAllInView) fitNodes(cy);
        else cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
      }
      size = next;
      paintOverlay();
    });
    ro.observe(hostRef.current!);
    return () => {
      ro.disconnect();
      clearTimeout(flush);
      overlayFrame.cancel();
      cy.destroy();
      cyRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    cyRef.current?.style(boardStyle(props.meeting, large.current));
  }, [props.meeting]);

  useEffect(() => {
    cyRef.current?.autoungrabify(!props.editable);
  }, [props.editable]);

  // Mirror the board.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { board, view, labels, meeting, changes, roleLetter, communities } = props;
    overlayRef.current = overlayModel(board, view.groups, roleLetter);
    const pos = board.positions;
    const nodeIds = [...board.people.map((p) => p.id), ...board.groups.map((g) => g.id)];
    // People added ahead of the first layout (prepareFirstLoad) are not placed yet either.
    const unplaced = (id: string) => !pos[id] && (cy.getElementById(id).empty() || isPrepared(cy));
    const firstOpen = neverLaidOut(board) && (isPrepared(cy) || nodeIds.every((id) => cy.getElementById(id).empty()));
    // Communities are placed after the people they are tied to, so they go beside them.
    const missing = [...nodeIds, ...(communities?.communities.map((c) => c.id) ?? [])].filter(unplaced);

    if (firstOpen) {
      // Never laid out: one full layout, then it is saved and never runs again unless asked.
      if (!layoutRunning.current) {
        layoutRunning.current = true;
        // The layout code is loaded only when a board needs laying out.
        void import('./layoutBoard.js')
          .then(({ layoutBoard }) => {
            const laidOut = layoutBoard(board, cy.width() / Math.max(1, cy.height()), meeting);
            // A large board is added and styled meanwhile (nothing drawn until the positions
            // come); started after the layout, so the worker is not kept waiting for it.
            if (large.current && !cy.destroyed()) prepareFirstLoad(cy, decorateElements(buildElements(board, view, { labels, meeting, changes, large: true, communities }), props.analysis), new Set(nodeIds), 80);
            return laidOut;
          })
          .then(
            (p) => {
              layoutRunning.current = false;
              propsRef.current.onPlaced(p, true);
            },
            () => {
              layoutRunning.current = false;
              void abandonPrepared(cy);
            },
          );
      }
      return;
    }

    const placed: Positions = {};
    if (missing.length) {
      const known: Position[] = [];
      cy.nodes().forEach((n) => {
        known.push(n.position());
      });
      for (const id of nodeIds) if (pos[id] && cy.getElementById(id).empty()) known.push(pos[id]);
      const ext = cy.extent();
      const fallback = { x: Math.round((ext.x1 + ext.x2) / 2), y: Math.round((ext.y1 + ext.y2) / 2) };
      for (const id of missing) {
        const neighbourIds = [
          ...board.ties.filter((t) => t.sourceId === id || t.targetId === id).map((t) => (t.sourceId === id ? t.targetId : t.sourceId)),
          ...board.memberships.filter((m) => m.groupId === id).map((m) => m.personId),
          ...(communities?.participations.filter((x) => x.communityId === id).map((x) => x.personId) ?? []),
        ];
        const neighbours = neighbourIds.map((n) => placed[n] ?? pos[n]).filter((p): p is Position => !!p);
        const at = placeNear(neighbours, known, fallback);
        placed[id] = at;
        known.push(at);
      }
    }
    const wanted = decorateElements(buildElements(board, view, { labels, meeting, changes, large: large.current, communities }), props.analysis);
    const positionOf = (id: string) => pos[id] ?? placed[id];
    const gen = ++generation.current;
    const finish = () => {
      if (gen !== generation.current || cy.destroyed()) return;
      // Positions changed elsewhere (undo of a move, a layout): move those nodes, and only those.
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const p = pos[n.id()];
          if (!p || n.grabbed()) return;
          const cur = n.position();
          if (Math.abs(cur.x - p.x) > 0.5 || Math.abs(cur.y - p.y) > 0.5) n.position({ x: p.x, y: p.y });
        });
      });
      if (Object.keys(placed).length) propsRef.current.onPlaced(placed, false);
      if (!drawn.current && cy.nodes().nonempty()) {
        drawn.current = true;
        const ready = () => {
          showLayers.current();
          performance.mark(READY_MARK);
          markSettled();
          if (large.current) forgetCanvas(board.id);
          else if (hostRef.current) rememberCanvas(board.id, hostRef.current, meeting, roleLetter);
        };
        // An early drawing (predraw/) is fitted the same way; this moves it only if the canvas is
        // not where it was drawn (the page around it has changed since the hint was written).
        fitNodes(cy);
        const early = adopted.current;
        if (early) {
          paintNow();
          early.release();
          adopted.current = null;
          requestAnimationFrame(ready);
        } else {
          if (!large.current) drawNextFrameDirect(cy);
          markDrawnAfterRender(cy, ready);
          paintAhead(cy);
          return;
        }
      }
      paintOverlay();
    };
    if (large.current && !drawn.current) fitPoints(cy, Object.values(pos));
    // A first layout is saved at once, which changes the board again while it is being drawn: the
    // newer round is still the first drawing (!drawn), not a trickle of additions.
    if (large.current) void reconcileInChunks(cy, wanted, positionOf, () => gen !== generation.current || cy.destroyed(), 80, !drawn.current).then(finish);
    else {
      reconcile(cy, wanted, positionOf);
      finish();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.board, props.view, props.labels, props.meeting, props.changes, props.roleLetter, props.communities, props.analysis]);

  // Selection and keyboard focus drawn on the canvas.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (props.selection) {
        const id = props.selection.kind === 'endedTie' ? `ended:${props.selection.id}` : props.selection.id;
        cy.getElementById(id).select();
      }
      cy.$('.kbd-focus').removeClass('kbd-focus');
      if (props.keyboardFocus) cy.getElementById(props.keyboardFocus).addClass('kbd-focus');
    });
  }, [props.selection, props.keyboardFocus, props.board]);

  const handleFor =
    props.editable && props.selection && (props.selection.kind === 'person' || props.selection.kind === 'group')
      ? props.selection.id
      : props.editable && props.keyboardFocus
        ? props.keyboardFocus
        : props.editable
          ? hover
          : null;

  return (
    <div className="canvas-host" ref={hostRef}>
      <canvas className="overlay under" ref={underRef} aria-hidden="true" />
      <div
        className="cy"
        ref={cyBox}
        tabIndex={0}
        role="application"
        aria-roledescription={props.ariaLabel}
        aria-label={props.ariaLabel}
        aria-describedby={props.ariaDescribedBy}
        onKeyDown={props.onKeyDown}
        data-testid="board-canvas"
      />
      <canvas className="overlay over" ref={overRef} aria-hidden="true" />
      {cyReady && handleFor && (
        <TieHandle
          cy={cyReady}
          nodeId={handleFor}
          label={props.handleLabel(cyReady.getElementById(handleFor).data('label') ?? '')}
          onDrop={(to) => props.onConnect(handleFor, to)}
          onPointerOver={(over) => {
            onHandle.current = over;
          }}
        />
      )}
    </div>
  );
});
