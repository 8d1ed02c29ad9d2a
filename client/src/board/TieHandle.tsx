// The "draw a tie" handle beside the selected or hovered node: drag it onto another person to
// draw a tie, onto a group's tag to add the person to the group (or from a group's tag to another
// group's to link the groups). Clicking it, or Enter, opens the same form with a list to pick from.
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import type { Position } from './model.js';

interface Props {
  cy: Core;
  nodeId: string;
  label: string;
  onDrop(targetId: string | null): void;
  onPointerOver(over: boolean): void;
}

function nodeAt(cy: Core, rendered: Position, exclude: string): NodeSingular | null {
  const zoom = cy.zoom(), pan = cy.pan();
  const x = (rendered.x - pan.x) / zoom, y = (rendered.y - pan.y) / zoom;
  let hit: NodeSingular | null = null;
  cy.nodes().forEach((n) => {
    if (n.id() === exclude || n.hasClass('dim')) return;
    const bb = n.boundingBox({ includeLabels: false, includeOverlays: false });
    if (x >= bb.x1 - 6 && x <= bb.x2 + 6 && y >= bb.y1 - 6 && y <= bb.y2 + 6) hit = n;
  });
  return hit;
}

export function TieHandle({ cy, nodeId, label, onDrop, onPointerOver }: Props) {
  const [place, setPlace] = useState<{ left: number; top: number; cx: number; cy: number } | null>(null);
  const [drag, setDrag] = useState<Position | null>(null);
  const target = useRef<NodeSingular | null>(null);
  const start = useRef<Position | null>(null);

  useEffect(() => {
    const update = () => {
      const n = cy.getElementById(nodeId);
      if (n.empty()) return setPlace(null);
      const bb = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      setPlace({ left: bb.x2 + 4, top: (bb.y1 + bb.y2) / 2 - 16, cx: (bb.x1 + bb.x2) / 2, cy: (bb.y1 + bb.y2) / 2 });
    };
    update();
    cy.on('render', update);
    return () => {
      cy.off('render', update);
    };
  }, [cy, nodeId]);

  if (!place) return null;

  const local = (e: ReactPointerEvent): Position => {
    const rect = cy.container()!.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };
  const setTarget = (n: NodeSingular | null) => {
    if (target.current === n) return;
    target.current?.removeClass('drop-target');
    target.current = n;
    n?.addClass('drop-target');
  };
  const finish = (e: ReactPointerEvent, cancel: boolean) => {
    const moved = start.current && drag ? Math.hypot(drag.x - start.current.x, drag.y - start.current.y) > 6 : false;
    const to = target.current?.id() ?? null;
    setTarget(null);
    setDrag(null);
    start.current = null;
    (e.currentTarget as HTMLElement).releasePointerCapture?.(e.pointerId);
    if (cancel) return;
    if (to) onDrop(to);
    else if (!moved) onDrop(null);
  };

  return (
    <>
      {drag && (
        <svg className="handle-line" aria-hidden="true">
          <line x1={place.cx} y1={place.cy} x2={drag.x} y2={drag.y} />
        </svg>
      )}
      <button
        type="button"
        className="tie-handle"
        style={{ left: place.left, top: place.top }}
        aria-label={label}
        title={label}
        onPointerEnter={() => onPointerOver(true)}
        onPointerLeave={() => onPointerOver(false)}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          start.current = local(e);
          setDrag(local(e));
        }}
        onPointerMove={(e) => {
          if (!start.current) return;
          const p = local(e);
          setDrag(p);
          setTarget(nodeAt(cy, p, nodeId));
        }}
        onPointerUp={(e) => {
          if (start.current) finish(e, false);
        }}
        onPointerCancel={(e) => finish(e, true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onDrop(null);
          }
        }}
      >
        <span aria-hidden="true">+</span>
      </button>
    </>
  );
}
