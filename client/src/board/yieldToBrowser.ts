// Lets the browser run what is waiting (input, a frame, the network) between chunks of work.
// A chain of setTimeout(0) is held back 4 ms a step from its fifth step on (the HTML standard's
// clamp of nested timers): a large board's load yields some twenty times on its way to the first
// frame, and a trace showed the main thread idle in those waits. A message posted to oneself is
// not clamped, and still queues behind everything already waiting (docs/board.md).

type Port = { onmessage: ((e: unknown) => void) | null; postMessage(m: unknown): void; unref?: () => void };

const waiting: (() => void)[] = [];
let port: { send: Port; receive: Port } | null | undefined;

function channel(): { send: Port; receive: Port } | null {
  if (port !== undefined) return port;
  if (typeof MessageChannel === 'undefined') return (port = null);
  const c = new MessageChannel() as unknown as { port1: Port; port2: Port };
  c.port1.onmessage = () => waiting.shift()?.();
  // Node (unit tests) would otherwise keep running for an open port.
  c.port1.unref?.();
  c.port2.unref?.();
  return (port = { send: c.port2, receive: c.port1 });
}

/** Resolves in a task of its own, after whatever the browser already has waiting. */
export function yieldToBrowser(): Promise<void> {
  const c = channel();
  return new Promise<void>((resolve) => {
    if (!c) return void setTimeout(resolve, 0);
    waiting.push(resolve);
    c.send.postMessage(null);
  });
}
