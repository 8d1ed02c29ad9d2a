// The board's own canvases (hulls and badges, overlay.ts) are painted at most once a frame, in
// the next frame after they are asked for. A request while one is pending leaves it alone rather
// than putting it off: Cytoscape renders again in the frame after its first, and a paint put off
// by each render came two frames after the drawn mark (docs/board.md, *The benchmark*).

export interface FramePaint {
  /** Runs the paint in the next frame, unless it is already due then. */
  request(): void;
  /** Drops a pending paint. */
  cancel(): void;
}

export function oncePerFrame(paint: () => void): FramePaint {
  let frame = 0;
  return {
    request() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        paint();
      });
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
