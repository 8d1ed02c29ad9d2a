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
import { boltModule, driverPatch } from './driver-patch.js';

interface ChannelBufferLike {
  _buffer: Buffer;
}
type Switch = (on: boolean) => void;
interface DechunkerProto {
  _onHeader(this: { _currentMessage: ChannelBufferLike[] }, header: number): unknown;
  /** Set once patched (by any copy of this module): the switch. */
  __tavlaContiguous?: Switch;
}

const patch = driverPatch(() => {
  const proto = boltModule<{ Dechunker?: { prototype: DechunkerProto } }>('lib/channel/chunking.js').Dechunker?.prototype;
  const ChannelBuffer = boltModule<{ default?: new (b: Buffer) => ChannelBufferLike }>('lib/channel/channel-buf.js').default;
  if (!proto || typeof proto._onHeader !== 'function' || typeof ChannelBuffer !== 'function') return null;
  if (proto.__tavlaContiguous) return proto.__tavlaContiguous;
  const onHeader = proto._onHeader;
  const contiguous: DechunkerProto['_onHeader'] = function (header) {
    const parts = this._currentMessage;
    // Header 0 ends a message; with more than one part it would become a CombinedBuffer.
    if (header === 0 && Array.isArray(parts) && parts.length > 1 && parts.every((p) => Buffer.isBuffer(p?._buffer))) {
      this._currentMessage = [new ChannelBuffer(Buffer.concat(parts.map((p) => p._buffer)))];
    }
    return onHeader.call(this, header);
  };
  const switchTo: Switch = (on) => void (proto._onHeader = on ? contiguous : onHeader);
  switchTo(true);
  proto.__tavlaContiguous = switchTo;
  return switchTo;
});

/** Patches the driver the server loads (resolved from neo4j-driver itself, so the same copy). Idempotent. */
export const applyContiguousMessages = patch.apply;
/** Benchmarks only (scripts/bench/board-decode.ts): the driver's own handling back (false) or ours. */
export const setContiguousMessages = patch.set;
