// The Cytoscape stylesheet. Sizes are in model pixels at zoom 1; meeting mode is for a projector
// at the far end of a room: larger nodes and labels, heavier lines, plain white label plates.
import type { StylesheetJson } from 'cytoscape';
import { CHANGE_COLOURS, COMMUNITY_COLOURS, PERSON_COLOURS } from './palette.js';
import { analysisStyle } from './analysis/style.js';

/**
 * `large`: a board of hundreds of people. Edges become 'haystack' lines (no control points to
 * compute, the fastest Cytoscape draws) without the valence badge; arrows need a curve, so on a
 * large board direction shows in the list and in a person's panel, not on the line.
 */
export function boardStyle(meeting: boolean, large = false): StylesheetJson {
  const k = meeting ? 1.35 : 1;
  const font = meeting ? 24 : 16;
  return [
    {
      // No background images: an empty list, not Cytoscape's default 'none'. With 'none' (a list
      // of one image that is not there) Cytoscape 3.34 counts that image as loaded in one of its
      // two image passes per node drawing and not in the other, so the node's `:backgrounding`
      // state flips and its style is applied again each time it is drawn. Each such restyle
      // invalidates the node, and the layered texture cache skips its layers for 250 ms: on a
      // large board, the end of a pan or zoom drew all 5,000 elements one by one (docs/board.md).
      selector: 'node',
      style: { 'background-image': [] },
    },
    {
      selector: 'node.person',
      style: {
        width: 46 * k,
        height: 46 * k,
        'background-color': PERSON_COLOURS.young.fill,
        'border-width': 2.5 * k,
        'border-color': PERSON_COLOURS.young.border,
        label: 'data(label)',
        'font-family': 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
        'font-size': font,
        'font-weight': meeting ? 700 : 600,
        color: '#111111',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5 * k,
        'text-background-color': '#ffffff',
        'text-background-opacity': meeting ? 1 : 0.88,
        'text-background-padding': `${2 * k}px`,
        'text-background-shape': 'roundrectangle',
        'text-border-width': meeting ? 1 : 0,
        'text-border-color': '#555555',
        'text-border-opacity': meeting ? 1 : 0,
        'text-wrap': 'ellipsis',
        'text-max-width': `${170 * k}px`,
        'min-zoomed-font-size': 7,
        'underlay-shape': 'ellipse',
      } as never,
    },
    {
      selector: 'node.figure',
      style: {
        shape: 'diamond',
        width: 58 * k,
        height: 58 * k,
        'background-color': PERSON_COLOURS.figure.fill,
        'border-color': PERSON_COLOURS.figure.border,
      },
    },
    {
      selector: 'node.tone',
      style: { 'border-width': 7 * k, 'border-color': PERSON_COLOURS.toneSetter, 'font-weight': 800 },
    },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 30 * k,
        'background-color': 'data(colour)',
        'border-width': 0,
        label: 'data(label)',
        color: '#ffffff',
        'font-size': meeting ? 22 : 16,
        'font-weight': 700,
        'text-valign': 'center',
        'text-halign': 'center',
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'edge.tie, edge.ended',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 38 * k,
        width: 'data(width)',
        'line-color': 'data(colour)',
        'line-style': 'data(line)' as never,
        'line-dash-pattern': [10, 6],
        'target-arrow-color': 'data(colour)',
        'arrow-scale': 1.25,
      },
    },
    {
      selector: 'edge.badged',
      style: {
        label: 'data(badge)',
        'font-size': meeting ? 20 : 14,
        'font-weight': 800,
        color: 'data(badgeFg)',
        'text-background-color': 'data(badgeBg)',
        'text-background-opacity': 1,
        'text-background-padding': `${2 * k}px`,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 9,
      },
    },
    {
      selector: 'node.community',
      style: {
        shape: 'barrel',
        width: 'data(w)',
        height: 34 * k,
        'background-color': COMMUNITY_COLOURS.fill,
        'border-width': 2,
        'border-color': COMMUNITY_COLOURS.border,
        'border-style': 'dashed',
        label: 'data(label)',
        color: '#00352e',
        'font-size': meeting ? 20 : 14,
        'font-weight': 600,
        'text-valign': 'center',
        'text-halign': 'center',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge.participation',
      style: { 'curve-style': 'straight', width: 'data(width)', 'line-color': COMMUNITY_COLOURS.line, 'line-style': 'dotted', opacity: 0.85 },
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    // Cytoscape has no double edge line: a white line in a coloured outline reads as one.
    {
      selector: 'edge.double',
      style: { 'line-color': '#ffffff', 'line-outline-width': 2.2 * k, 'line-outline-color': 'data(colour)' } as never,
    },
    {
      selector: 'edge.ended',
      style: { 'line-dash-pattern': [4, 6], opacity: 0.75, 'target-arrow-shape': 'none' },
    },
    {
      selector: 'edge.glink',
      style: {
        'curve-style': 'bezier',
        width: 5 * k,
        'line-color': 'data(colour)',
        'line-style': 'data(line)' as never,
        'line-dash-pattern': [12, 8],
      },
    },
    { selector: 'edge.chg-new', style: { 'underlay-color': CHANGE_COLOURS.added, 'underlay-opacity': 0.45, 'underlay-padding': 7 } },
    { selector: 'edge.chg-changed', style: { 'underlay-color': CHANGE_COLOURS.changed, 'underlay-opacity': 0.45, 'underlay-padding': 7 } },
    { selector: 'node.chg-member', style: { 'outline-width': 5, 'outline-color': CHANGE_COLOURS.added, 'outline-offset': 4, 'outline-opacity': 0.9 } as never },
    { selector: '.dim', style: { opacity: 0.14 } },
    // Issue 4: metric sizes and colours, brokers, bridges, what-if and path marks.
    ...analysisStyle(meeting),
    { selector: 'node.drop-target', style: { 'underlay-color': '#1d5fbf', 'underlay-opacity': 0.35, 'underlay-padding': 12 } },
    { selector: 'node:selected', style: { 'underlay-color': '#1d5fbf', 'underlay-opacity': 0.3, 'underlay-padding': 10 } },
    { selector: 'edge:selected', style: { 'underlay-color': '#1d5fbf', 'underlay-opacity': 0.3, 'underlay-padding': 9 } },
    { selector: 'node.kbd-focus', style: { 'underlay-color': '#000000', 'underlay-opacity': 0.28, 'underlay-padding': 12 } },
    ...(large ? [{ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0.4 } } as const] : []),
  ];
}
