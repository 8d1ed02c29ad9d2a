// What bolt-messages.ts and bolt-temporal.ts share: reaching the driver's internal modules (the
// very copy neo4j-driver loads) and installing a patch once, with a switch back for benchmarks.
import { createRequire } from 'node:module';

// Resolved when first asked (inside a patch's install, where a different layout only means no patch).
const fromDriver = () => createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));

/** A module of the driver's Bolt layer, e.g. `lib/channel/chunking.js`. */
export function boltModule<T>(path: string): T {
  return fromDriver()(`neo4j-driver-bolt-connection/${path}`) as T;
}

/** The neo4j-driver-core the Bolt layer builds its values with. */
export function boltCore<T>(): T {
  return createRequire(fromDriver().resolve('neo4j-driver-bolt-connection'))('neo4j-driver-core') as T;
}

export interface DriverPatch {
  /** Installs the patch if the driver has the shape it needs; true when it is in place. Idempotent. */
  apply(): boolean;
  /** Benchmarks only (scripts/bench/board-decode.ts): the driver's own code (false) or the patch. */
  set(on: boolean): void;
}

/**
 * `install` patches the driver and returns the switch between the driver's own code and the
 * patch, or null if the driver's shape has changed (it is then left alone). Where it throws, the
 * driver is left alone too.
 */
export function driverPatch(install: () => ((on: boolean) => void) | null): DriverPatch {
  let switchTo: ((on: boolean) => void) | null | undefined;
  return {
    apply() {
      if (switchTo === undefined) {
        try {
          switchTo = install();
        } catch {
          switchTo = null;
        }
      }
      return switchTo !== null;
    },
    set(on) {
      switchTo?.(on);
    },
  };
}
