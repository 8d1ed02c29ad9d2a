// The thin data layer between resolvers and Neo4j: named Cypher files, parameters only,
// managed transactions (the driver retries them, so work functions must be idempotent: ids and
// write ids are generated before the transaction starts).
import neo4j, { Neo4jError, type Config, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher.js';
import { plain } from './values.js';
import { applyContiguousMessages } from './bolt-messages.js';
import { applyFastTemporal } from './bolt-temporal.js';

export type Row = Record<string, unknown>;

/**
 * Whether an error means the database could not be reached or could not do the work just now
 * (down, restarting, a lost connection, a transient conflict): answered as UNAVAILABLE, never as
 * an internal error.
 */
export function isUnavailable(err: unknown): err is Neo4jError {
  return err instanceof Neo4jError && /ServiceUnavailable|SessionExpired|Neo\.TransientError/.test(`${err.code}`);
}
export type Params = Record<string, unknown>;

/**
 * JS numbers reach Neo4j as floats; whole numbers become Neo4j integers here so counts,
 * versions, years and strengths are stored as integers.
 */
export function toNeo(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toNeo);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) out[k] = toNeo(val);
    return out;
  }
  return v;
}

export class Tx {
  constructor(private readonly tx: ManagedTransaction) {}

  async rows<T = Row>(name: string, params: Params = {}): Promise<T[]> {
    const res = await this.tx.run(cypher(name), toNeo(params) as Params);
    return res.records.map((r) => plain(r.toObject()) as T);
  }

  async one<T = Row>(name: string, params: Params = {}): Promise<T | null> {
    const rows = await this.rows<T>(name, params);
    return rows[0] ?? null;
  }

  /**
   * Sends a write whose result nobody reads, without waiting for it: the driver pipelines it
   * with the commit, saving a round trip. If it fails, the transaction fails at commit.
   */
  fire(name: string, params: Params = {}): void {
    const result = this.tx.run(cypher(name), toNeo(params) as Params);
    // The failure surfaces through the commit; this only keeps it from being "unhandled".
    result.summary().catch(() => undefined);
  }
}

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /**
   * How long the driver keeps retrying a transaction that failed for a transient reason (a lost
   * connection, a leader switch) before the request fails as UNAVAILABLE. Default 15 s; it may
   * take up to about twice that, as the last back-off can start just before the limit.
   */
  maxTransactionRetryTimeMs?: number;
}

/** The driver's options (also those of issue #2's benchmark peer, scripts/bench/stock-driver.ts). */
export function driverConfig(maxTransactionRetryTimeMs = 15_000): Config {
  return {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    maxTransactionRetryTime: maxTransactionRetryTimeMs,
    // No driver logging: queries and parameters may hold personal data.
  };
}

export class Db {
  readonly driver: Driver;
  readonly database: string | undefined;

  constructor(opts: DbOptions) {
    // A board's read is one large record of many dates: decoded from one buffer, not a list of
    // chunks, and its dates converted in numbers (see the two files).
    applyContiguousMessages();
    applyFastTemporal();
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), driverConfig(opts.maxTransactionRetryTimeMs));
    this.database = opts.database;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const s = this.session('READ');
    try {
      return await s.executeRead((tx) => work(new Tx(tx)));
    } finally {
      await s.close();
    }
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const s = this.session('WRITE');
    try {
      return await s.executeWrite((tx) => work(new Tx(tx)));
    } finally {
      await s.close();
    }
  }

  /**
   * One read statement as an auto-commit transaction: one round trip instead of a managed
   * transaction's BEGIN/COMMIT, for small hot reads (the session behind every request).
   * Reads are safe to retry, so transient failures are retried here.
   */
  async readOne<T = Row>(name: string, params: Params = {}): Promise<T | null> {
    for (let attempt = 0; ; attempt++) {
      const s = this.session('READ');
      try {
        const res = await s.run(cypher(name), toNeo(params) as Params);
        const first = res.records[0];
        return first ? (plain(first.toObject()) as T) : null;
      } catch (err) {
        const retriable = err instanceof Neo4jError && (err.retryable || /ServiceUnavailable|SessionExpired/.test(err.code));
        if (!retriable || attempt >= 2) throw err;
        await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
      } finally {
        await s.close();
      }
    }
  }

  /** For schema and migration statements, which cannot run in a managed transaction. */
  async runAutoCommit(text: string, params: Params = {}): Promise<Row[]> {
    const s = this.session('WRITE');
    try {
      const res = await s.run(text, params);
      return res.records.map((r) => plain(r.toObject()) as Row);
    } finally {
      await s.close();
    }
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
