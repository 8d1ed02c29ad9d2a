// The driver internals bolt-messages.ts relies on are still there, and a message split into many
// chunks, a multi-byte letter cut at a chunk boundary, is handed on as one buffer with the same text.
import { describe, expect, it } from 'vitest';
import { applyContiguousMessages, setContiguousMessages } from './bolt-messages.js';
import { boltModule } from './driver-patch.js';

type Buf = { _buffer?: Buffer; _buffers?: unknown[]; readUInt8(): number; readUInt16(): number };
const { Dechunker } = boltModule('lib/channel/chunking.js') as { Dechunker: new () => { onmessage: (b: Buf) => void; write(b: unknown): void } };
const ChannelBuffer = (boltModule('lib/channel/channel-buf.js') as { default: new (b: Buffer) => unknown }).default;
const utf8 = (boltModule('lib/channel/utf8.js') as { default: { decode(b: Buf, n: number): string } }).default;

/** A packstream STRING_16 message cut into chunks of `size` bytes, each with its 2-byte header. */
function chunked(text: string, size: number): Buffer {
  const body = Buffer.from(text, 'utf8');
  const msg = Buffer.concat([Buffer.from([0xd1, body.length >> 8, body.length & 0xff]), body]);
  const out: Buffer[] = [];
  for (let i = 0; i < msg.length; i += size) {
    const part = msg.subarray(i, i + size);
    out.push(Buffer.from([part.length >> 8, part.length & 0xff]), part);
  }
  out.push(Buffer.from([0, 0]));
  return Buffer.concat(out);
}

function receive(bytes: Buffer): { text: string; combined: boolean } {
  const d = new Dechunker();
  let got: { text: string; combined: boolean } | null = null;
  d.onmessage = (b) => {
    expect(b.readUInt8()).toBe(0xd1);
    const n = b.readUInt16();
    got = { text: utf8.decode(b, n), combined: Array.isArray(b._buffers) };
  };
  d.write(new ChannelBuffer(bytes));
  return got!;
}

describe('contiguous Bolt messages', () => {
  it('applies to the installed driver (an upgrade that moves its internals fails here)', () => {
    expect(applyContiguousMessages()).toBe(true);
    expect(applyContiguousMessages()).toBe(true);
  });

  it('hands a many-chunk message on as one buffer with the same text', () => {
    applyContiguousMessages();
    const text = 'Åsa Ørsted 🌲 Ljungström '.repeat(300);
    // 7-byte chunks cut the 2-, 3- and 4-byte letters at every possible offset.
    const got = receive(chunked(text, 7));
    expect(got.combined).toBe(false);
    expect(got.text).toBe(text);
  });

  it('the driver’s own handling, switched back for the benchmark, keeps the chunks apart (the slow path)', () => {
    applyContiguousMessages();
    const text = 'Åsa Ørsted 🌲 '.repeat(50);
    try {
      setContiguousMessages(false);
      expect(receive(chunked(text, 7))).toEqual({ text, combined: true });
    } finally {
      setContiguousMessages(true);
    }
    expect(receive(chunked(text, 7))).toEqual({ text, combined: false });
  });

  it('leaves a one-chunk message as it was', () => {
    const got = receive(chunked('Åsa', 64));
    expect(got.text).toBe('Åsa');
  });
});
