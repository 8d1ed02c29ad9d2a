import { afterEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { installMeasuredBounds, noteMeasured, removeMeasuredBounds } from './measuredBounds.js';
import { reconcileInChunks } from './reconcile.js';
import { boardStyle } from './style.js';
import type { ElementDef } from './elements.js';

type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
interface Proto {
  boundingBox: ((this: unknown, o?: unknown) => Box) & { measured?: true };
}

const node = (id: string, x: number, y: number): ElementDef => ({ group: 'nodes', data: { id, label: `Person ${id}` }, classes: 'person young', position: { x, y } });
const edge = (id: string, s: string, t: string, width = 2): ElementDef => ({ group: 'edges', data: { id, source: s, target: t, width, colour: '#333333', line: 'solid' }, classes: 'tie' });
const board = (): ElementDef[] => [node('a', 0, 0), node('b', 200, 40), node('c', -120, 300), edge('ab', 'a', 'b'), edge('bc', 'b', 'c', 5), edge('ca', 'c', 'a')];
// 'preset': the places given (Cytoscape's default layout for elements given here puts everyone at the origin).
const canvas = (els = board()) => cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true), elements: els as never, layout: { name: 'preset' } });

/** Every element's box as a canvas built afresh with the same elements, places and data gives it. */
function freshBoxes(cy: Core): Record<string, Box> {
  const plain = canvas(cy.elements().map((e) => ({ group: e.group(), data: { ...e.data() }, classes: e.classes().join(' '), ...(e.isNode() ? { position: { ...e.position() } } : {}) })) as never);
  return Object.fromEntries(plain.elements().map((e) => [e.id(), { ...e.boundingBox() }]));
}
const boxes = (cy: Core) => Object.fromEntries(cy.elements().map((e) => [e.id(), { ...e.boundingBox() }]));

/** Counts the calls that reach Cytoscape's own function (put under the fast answer, which takes it as Cytoscape's). */
function countOwnCalls(cy: Core): { calls: number; restore(): void } {
  const proto = Object.getPrototypeOf(cy.collection()) as Proto;
  const own = proto.boundingBox;
  const counter = { calls: 0, restore: () => void (proto.boundingBox = own) };
  proto.boundingBox = function (this: unknown, ...args: unknown[]) {
    counter.calls++;
    return own.apply(this, args as [unknown?]);
  };
  return counter;
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.reverse()) f();
  cleanup = [];
});

function measured(cy: Core) {
  const counter = countOwnCalls(cy);
  cleanup.push(counter.restore);
  expect(installMeasuredBounds(cy)).toBe(true);
  cleanup.push(() => removeMeasuredBounds(cy));
  cy.elements().boundingBox();
  noteMeasured(cy, cy.elements());
  counter.calls = 0;
  return counter;
}

describe('measured bounds (a large board\'s boxes asked again where nothing moved)', () => {
  it('gives a noted element its cached box, the same object Cytoscape would give, without Cytoscape\'s checks', () => {
    const cy = canvas();
    const counter = measured(cy);
    for (const e of cy.elements()) expect(e.boundingBox()).toBe((e as unknown as { _private: { bbCache: Box } })._private.bbCache);
    const got = boxes(cy);
    expect(counter.calls).toBe(0);
    expect(got).toEqual(freshBoxes(cy));
    // With options, or for more than one element, it is Cytoscape's function.
    counter.calls = 0;
    cy.getElementById('a').boundingBox({ includeLabels: false });
    cy.nodes().boundingBox();
    expect(counter.calls).toBe(2);
  });

  it('asks Cytoscape once a person has moved, for the person and their ties, and again after they are moved back', () => {
    const cy = canvas();
    const counter = measured(cy);
    cy.getElementById('a').position({ x: 80, y: -60 });
    let got = boxes(cy);
    // a, ab and ca moved; b, c and bc are answered from their notes.
    expect(counter.calls).toBe(3);
    expect(got).toEqual(freshBoxes(cy));
    // Back where noted: the cached box is the one worked out at the other place, so not the noted one.
    cy.getElementById('a').position({ x: 0, y: 0 });
    counter.calls = 0;
    got = boxes(cy);
    expect(counter.calls).toBe(3);
    expect(got).toEqual(freshBoxes(cy));
  });

  it('asks Cytoscape after a change of style or data', () => {
    const cy = canvas();
    const counter = measured(cy);
    cy.getElementById('bc').data('width', 12);
    cy.getElementById('b').addClass('tone');
    const got = boxes(cy);
    expect(counter.calls).toBeGreaterThanOrEqual(2);
    expect(got).toEqual(freshBoxes(cy));
  });

  it('answers only for elements noted on a canvas that has it, and gives the prototype back when no canvas has it', () => {
    const cy = canvas();
    const other = canvas();
    const proto = Object.getPrototypeOf(cy.collection()) as Proto;
    const counter = measured(cy);
    other.elements().boundingBox();
    noteMeasured(other, other.elements()); // not installed there: nothing noted
    counter.calls = 0;
    boxes(other);
    expect(counter.calls).toBe(other.elements().length);
    expect(proto.boundingBox.measured).toBe(true);
    removeMeasuredBounds(cy);
    expect(proto.boundingBox.measured).toBeUndefined();
    counter.calls = 0;
    boxes(cy);
    expect(counter.calls).toBe(cy.elements().length);
  });

  it('a large board\'s loader notes every element it measured (reconcile.ts)', async () => {
    const n = 300;
    const wanted: ElementDef[] = [
      ...Array.from({ length: n }, (_, i) => node(`p${i}`, (i % 20) * 90, Math.floor(i / 20) * 90)),
      ...Array.from({ length: 3 * n }, (_, i) => edge(`e${i}`, `p${i % n}`, `p${(i * 7 + 1) % n}`, 1 + (i % 5))),
    ];
    const cy = cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true) });
    const counter = countOwnCalls(cy);
    cleanup.push(counter.restore);
    installMeasuredBounds(cy);
    cleanup.push(() => removeMeasuredBounds(cy));
    const at = (id: string) => wanted.find((d) => d.data.id === id)?.position as { x: number; y: number } | undefined;
    expect(await reconcileInChunks(cy, wanted, at, () => false, 5)).toBe(4 * n);
    counter.calls = 0;
    const got = boxes(cy);
    expect(counter.calls).toBe(0);
    expect(got).toEqual(freshBoxes(cy));
  });
});
