// Large Bolt messages as one contiguous buffer.
//
// Neo4j sends a message larger than its chunk size (a board's whole read is one record of about
// 1.8 MB at 1,000 people and 4,000 ties: about 45 chunks) in chunks, and neo4j-driver 6.3 keeps
// such a message as a list of chunk slices (its CombinedBuffer). Every byte it reads from that
// list, and every string it decodes, walks the list from its start, and each string gets a
// StringDecoder of its own: reading cost grows with the message's size times its chunk count.
// Joined into one buffer first (one copy, about a millisecond), the same message decodes to the
// same values in a fraction of the time; with bolt-temporal.ts, `npm run bench -- board-decode`
// measures the driver's read of that board at 0.64–0.73x of its own decoding.
//
// This reaches into the driver's Dechunker, which is not public API: `applyContiguousMessages`
// checks the shape it relies on and leaves the driver as it is if that shape has changed (the
// unit test then fails, so an upgrade cannot lose it silently).
import { createRequire } from 'node:module';

interface ChannelBufferLike {
  _buffer: Buffer;
}
interface DechunkerProto {
  _onHeader(this: { _currentMessage: ChannelBufferLike[] }, header: number): unknown;
  __tavlaContiguous?: true;
}

let applied: boolean | null = null;
let switchTo: ((on: boolean) => void) | null = null;

/** Benchmarks only (scripts/bench/board-decode.ts): the driver's own handling back (false) or ours. */
export function setContiguousMessages(on: boolean): void {
  switchTo?.(on);
}

/** Patches the driver the server loads (resolved from neo4j-driver itself, so the same copy). Idempotent. */
export function applyContiguousMessages(): boolean {
  if (applied !== null) return applied;
  applied = false;
  try {
    const require = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
    const chunking = require('neo4j-driver-bolt-connection/lib/channel/chunking.js') as { Dechunker?: { prototype: DechunkerProto } };
    const channelBuf = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default?: new (b: Buffer) => ChannelBufferLike };
    const proto = chunking.Dechunker?.prototype;
    const ChannelBuffer = channelBuf.default;
    if (!proto || typeof proto._onHeader !== 'function' || typeof ChannelBuffer !== 'function') return false;
    if (proto.__tavlaContiguous) return (applied = true);
    const onHeader = proto._onHeader;
    const contiguous: DechunkerProto['_onHeader'] = function (header) {
      const parts = this._currentMessage;
      // Header 0 ends a message; with more than one part it would become a CombinedBuffer.
      if (header === 0 && Array.isArray(parts) && parts.length > 1 && parts.every((p) => Buffer.isBuffer(p?._buffer))) {
        this._currentMessage = [new ChannelBuffer(Buffer.concat(parts.map((p) => p._buffer)))];
      }
      return onHeader.call(this, header);
    };
    proto._onHeader = contiguous;
    proto.__tavlaContiguous = true;
    switchTo = (on) => void (proto._onHeader = on ? contiguous : onHeader);
    applied = true;
  } catch {
    // Another driver layout: it keeps its own (slower, correct) handling.
  }
  return applied;
}
