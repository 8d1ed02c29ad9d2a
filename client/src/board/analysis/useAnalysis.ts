// The analysis layer's state for one board page: the panel open or not, what the board is sized
// and coloured by, the brokers-and-bridges highlight, a what-if and a path. It loads the metrics
// while the panel is open (each load is an audited read of the board, so only on demand), reloads
// them when the board or its filters change, and gives the page what to draw: the decor for the
// canvas, columns for the list view and a snapshot for the browser tests.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client.js';
import { op } from '../../api/documents.js';
import { toApiError } from '../../api/errors.js';
import type { BoardPathQuery, BoardPathQueryVariables, BoardWhatIfQuery, BoardWhatIfQueryVariables, TieType, Valence } from '../../generated/graphql.js';
import type { Filters } from '../filters.js';
import type { BoardData } from '../model.js';
import { tieTypeStyle } from '../palette.js';
import { LARGE_BOARD } from '../sizes.js';
import { buildDecor, type AnalysisDecor, type ColourBy, type PersonMetrics } from './decor.js';
import { loadMetrics, type Metrics, type Progress } from './load.js';
import { METRICS, formatMetric, type Metric } from './scales.js';
import { communityLetter } from './colour.js';
import { analysisFilter, countedTies, counts, filterKey } from './tieFilter.js';
import { whatIfMarks, type WhatIfMarks } from './whatIf.js';
import { NS } from './strings.js';

const WHAT_IF = op<BoardWhatIfQuery, BoardWhatIfQueryVariables>('BoardWhatIf');
const PATH = op<BoardPathQuery, BoardPathQueryVariables>('BoardPath');

/** A tie the team is thinking of making happen (strength 3: the middle of the scale). */
export interface PlannedTie {
  sourceId: string;
  targetId: string;
  type: TieType;
  valence: Valence;
}

export const PLANNED_STRENGTH = 3;

export interface WhatIfDraft {
  removePeople: string[];
  removeTies: string[];
  addTies: PlannedTie[];
}

export const emptyDraft: WhatIfDraft = { removePeople: [], removeTies: [], addTies: [] };

export type WhatIfResult = BoardWhatIfQuery['simulate'];
export type PathResult = NonNullable<BoardPathQuery['shortestPath']>;

export interface WhatIfView {
  change: WhatIfDraft;
  result: WhatIfResult;
  marks: WhatIfMarks;
}

export interface PathView {
  fromId: string;
  toId: string;
  /** Null: no path. */
  path: PathResult | null;
}

export interface PersonColumn {
  key: string;
  header: string;
  cell(personId: string): string;
}

export interface AnalysisSnapshot {
  open: boolean;
  status: 'idle' | 'loading' | 'ready' | 'error';
  sizeBy: Metric | null;
  colourBy: ColourBy | null;
  highlight: boolean;
  metrics: Record<string, PersonMetrics>;
  brokers: string[];
  bridgeTies: string[];
  whatIf: { removed: string[]; removedTies: string[]; isolated: string[]; splitOff: string[]; serverIsolated: string[]; componentsBefore: number; componentsAfter: number } | null;
  path: { fromId: string; toId: string; found: boolean; people: string[]; ties: string[] } | null;
}

interface Args {
  boardId: string;
  board: BoardData | null;
  filters: Filters;
  asOf: string | null;
  meeting: boolean;
  onError(err: unknown): void;
}

/** What the server's analysis is computed from: reload when any of it changes. */
function contentKey(b: BoardData): string {
  return [b.people.map((p) => p.id).join(','), b.ties.map((t) => `${t.id}:${t.version}`).join(','), b.memberships.map((m) => `${m.id}:${m.version}`).join(',')].join('|');
}

const withoutGone = (d: WhatIfDraft, people: Set<string>, ties: Set<string>): WhatIfDraft => ({
  removePeople: d.removePeople.filter((id) => people.has(id)),
  removeTies: d.removeTies.filter((id) => ties.has(id)),
  addTies: d.addTies.filter((t) => people.has(t.sourceId) && people.has(t.targetId)),
});

export function useAnalysis({ boardId, board, filters, asOf, meeting, onError }: Args) {
  const { t: ta, i18n } = useTranslation(NS);
  const [open, setOpen] = useState(false);
  const [sizeBy, setSizeBy] = useState<Metric | null>(null);
  const [colourBy, setColourBy] = useState<ColourBy | null>(null);
  const [highlight, setHighlight] = useState(false);
  const [draft, setDraft] = useState<WhatIfDraft>(emptyDraft);
  const [whatIf, setWhatIf] = useState<WhatIfView | null>(null);
  const [path, setPath] = useState<PathView | null>(null);
  const [metrics, setMetrics] = useState<Metrics | null>(null);
  const [status, setStatus] = useState<AnalysisSnapshot['status']>('idle');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const filter = useMemo(() => analysisFilter(filters, asOf), [filters, asOf]);
  const fKey = filterKey(filter);
  const key = useMemo(() => (board ? contentKey(board) : ''), [board]);
  const large = (board?.people.length ?? 0) > LARGE_BOARD;
  const live = useRef({ board, filters, filter, onError });
  live.current = { board, filters, filter, onError };
  const hadMetrics = useRef(false);
  hadMetrics.current = metrics !== null;

  useEffect(() => {
    if (!open || !key) return;
    let current = true;
    setStatus('loading');
    setProgress(null);
    // After an edit, wait for the next one before asking again (typing a strength, dragging ties).
    const timer = window.setTimeout(() => {
      loadMetrics(boardId, live.current.filter, large, (p) => current && setProgress(p), () => !current).then(
        (m) => {
          if (!current) return;
          setMetrics(m);
          setStatus('ready');
          setFailure(null);
        },
        (err) => {
          if (!current) return;
          setStatus('error');
          setFailure(toApiError(err).message || null);
        },
      );
    }, hadMetrics.current ? 300 : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, boardId, fKey, key, attempt, large]);

  const runWhatIf = useCallback(
    async (change: WhatIfDraft) => {
      const { board: b, filters: f, filter: tf } = live.current;
      if (!b) return;
      const input = {
        removePeople: change.removePeople,
        removeTies: change.removeTies,
        addTies: change.addTies.map((x) => ({
          sourceId: x.sourceId, targetId: x.targetId, type: x.type, strength: PLANNED_STRENGTH, valence: x.valence, directed: tieTypeStyle[x.type].directed,
        })),
      };
      try {
        const r = await query(WHAT_IF, { boardId, input, filter: tf });
        // The same ties the server counted, planned ones included, so the marks match its figures.
        const planned = change.addTies.filter((x) => counts({ ...x, strength: PLANNED_STRENGTH }, f));
        const marks = whatIfMarks(b.people.map((p) => p.id), countedTies(b.ties, f), { ...change, addTies: planned });
        setWhatIf({ change, result: r.simulate, marks });
        setPath(null);
      } catch (err) {
        live.current.onError(err);
      }
    },
    [boardId],
  );

  const findPath = useCallback(
    async (fromId: string, toId: string) => {
      try {
        const r = await query(PATH, { boardId, fromId, toId, filter: live.current.filter });
        setPath({ fromId, toId, path: r.shortestPath ?? null });
        setWhatIf(null);
      } catch (err) {
        live.current.onError(err);
      }
    },
    [boardId],
  );

  // The board or the filters changed under an open what-if or path: show it for the board as it is now.
  const shown = useRef({ whatIf, path });
  shown.current = { whatIf, path };
  const firstKey = useRef(true);
  useEffect(() => {
    if (firstKey.current) {
      firstKey.current = false;
      return;
    }
    const b = live.current.board;
    if (!b) return;
    const people = new Set(b.people.map((p) => p.id));
    const ties = new Set(b.ties.map((x) => x.id));
    const { whatIf: w, path: p } = shown.current;
    if (w) {
      const change = withoutGone(w.change, people, ties);
      if (change.removePeople.length || change.removeTies.length || change.addTies.length) void runWhatIf(change);
      else setWhatIf(null);
      setDraft((d) => withoutGone(d, people, ties));
    }
    if (p) {
      if (people.has(p.fromId) && people.has(p.toId)) void findPath(p.fromId, p.toId);
      else setPath(null);
    }
  }, [key, fKey, runWhatIf, findPath]);

  const close = useCallback(() => {
    setOpen(false);
    setWhatIf(null);
    setPath(null);
  }, []);

  const people: PersonMetrics[] | null = useMemo(
    () =>
      metrics?.people.map((p) => ({
        id: p.person.id, degree: p.degree, betweenness: p.betweenness, closeness: p.closeness, pageRank: p.pageRank, community: p.community,
      })) ?? null,
    [metrics],
  );
  const brokers = useMemo(() => metrics?.brokers.map((b) => b.person.id) ?? [], [metrics]);
  const bridgeTies = useMemo(() => metrics?.bridges.flatMap((b) => b.tieIds) ?? [], [metrics]);
  const pathMarks = useMemo(
    () => (path?.path ? { people: path.path.people.map((p) => p.id), ties: path.path.steps.flatMap((s) => s.ties.map((x) => x.id)) } : null),
    [path],
  );

  const decor: AnalysisDecor | null = useMemo(
    () =>
      open
        ? buildDecor({
            metrics: people, sizeBy, colourBy, highlight, brokers, bridgeTies, meeting, path: pathMarks,
            whatIf: whatIf ? { marks: whatIf.marks, planned: whatIf.change.addTies } : null,
          })
        : null,
    [open, people, sizeBy, colourBy, highlight, brokers, bridgeTies, meeting, pathMarks, whatIf],
  );

  const lang = (['sv', 'da', 'en'].includes(i18n.language) ? i18n.language : 'en') as 'sv' | 'da' | 'en';
  const columns: PersonColumn[] | undefined = useMemo(() => {
    if (!open || !people) return undefined;
    const byId = new Map(people.map((p) => [p.id, p]));
    return [
      ...METRICS.map((m) => ({ key: m, header: ta(`metric.${m}`), cell: (id: string) => (byId.has(id) ? formatMetric(m, byId.get(id)![m], lang) : '') })),
      { key: 'community', header: ta('metric.community'), cell: (id: string) => (byId.has(id) ? communityLetter(byId.get(id)!.community) : '') },
    ];
  }, [open, people, ta, lang]);

  const snapshotRef = useRef<AnalysisSnapshot | null>(null);
  snapshotRef.current = {
    open, status, sizeBy, colourBy, highlight, brokers, bridgeTies,
    metrics: Object.fromEntries((people ?? []).map((p) => [p.id, p])),
    whatIf: whatIf
      ? {
          removed: [...whatIf.marks.removed], removedTies: [...whatIf.marks.removedTies], isolated: whatIf.marks.isolated, splitOff: whatIf.marks.splitOff,
          serverIsolated: whatIf.result.isolated.map((p) => p.id), componentsBefore: whatIf.result.componentsBefore, componentsAfter: whatIf.result.componentsAfter,
        }
      : null,
    path: path ? { fromId: path.fromId, toId: path.toId, found: !!path.path, people: pathMarks?.people ?? [], ties: pathMarks?.ties ?? [] } : null,
  };
  const snapshot = useCallback(() => snapshotRef.current, []);

  return {
    open, setOpen, close, status, progress, failure, retry: () => setAttempt((n) => n + 1), large,
    metrics, people, sizeBy, setSizeBy, colourBy, setColourBy, highlight, setHighlight,
    draft, setDraft, whatIf, runWhatIf, leaveWhatIf: () => setWhatIf(null),
    path, findPath, clearPath: () => setPath(null),
    decor, columns, snapshot, filters,
  };
}

export type AnalysisController = ReturnType<typeof useAnalysis>;
