// The analysis layer's Cytoscape rules, spread into the board's stylesheet (board/style.ts) after
// its own rules and before selection and keyboard focus, so those still show on top. Each mark has
// a second channel besides its colour: outline style (double, solid, dashed), fading, or a label.
import type { StylesheetJson } from 'cytoscape';
import { MARKS } from './colour.js';
import { MEETING_SCALE } from './decor.js';

export function analysisStyle(meeting: boolean): StylesheetJson {
  const k = meeting ? MEETING_SCALE : 1;
  const ring = (colour: string, style: 'solid' | 'dashed' | 'double' | 'dotted', width = 6) =>
    ({ 'outline-width': width * k, 'outline-color': colour, 'outline-style': style, 'outline-offset': 3 * k, 'outline-opacity': 1 }) as never;
  return [
    { selector: 'node.an-size', style: { width: 'data(anSize)', height: 'data(anSize)' } },
    { selector: 'node.an-fill', style: { 'background-color': 'data(anFill)' } },
    { selector: 'node.an-broker', style: ring(MARKS.broker, 'double', 8) },
    { selector: 'edge.an-bridge', style: { 'underlay-color': MARKS.bridge, 'underlay-opacity': 0.45, 'underlay-padding': 8 * k } as never },
    { selector: '.an-removed', style: { opacity: 0.22 } },
    { selector: 'node.an-removed', style: { 'border-style': 'dashed', 'border-color': MARKS.removed } },
    { selector: 'node.an-isolated', style: ring(MARKS.isolated, 'solid') },
    { selector: 'node.an-split', style: ring(MARKS.splitOff, 'dashed') },
    {
      selector: 'edge.an-planned',
      style: {
        'curve-style': 'bezier', width: 4 * k, 'line-color': MARKS.planned, 'line-style': 'dashed', 'line-dash-pattern': [6, 4],
        label: '+', 'font-size': meeting ? 22 : 16, 'font-weight': 800, color: '#ffffff', 'text-background-color': MARKS.planned,
        'text-background-opacity': 1, 'text-background-padding': `${2 * k}px`, 'text-background-shape': 'roundrectangle',
      } as never,
    },
    { selector: 'node.an-path', style: ring(MARKS.path, 'solid', 5) },
    { selector: 'node.an-path-end', style: ring(MARKS.path, 'double', 9) },
    { selector: 'edge.an-path', style: { 'underlay-color': MARKS.path, 'underlay-opacity': 0.55, 'underlay-padding': 9 * k } as never },
    { selector: '.an-faded', style: { opacity: 0.2 } },
  ];
}
