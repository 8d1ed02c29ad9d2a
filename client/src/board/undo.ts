// Undo and redo of one's own edits in this session. Each edit that was saved pushes a command
// that knows how to reverse itself through the API (reading current versions at that moment,
// so it never overwrites someone else's later change: that comes back as a stale error).
// Runs one step at a time: a second Ctrl+Z while the first is saving waits its turn.

export interface Command {
  /** i18n key and params describing the edit, for the undo button's title and announcements. */
  label: string;
  labelParams?: Record<string, string>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

type Listener = () => void;

export class UndoStack {
  private done: Command[] = [];
  private undone: Command[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private listeners = new Set<Listener>();
  private pending = 0;

  constructor(private readonly limit = 100) {}

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private emit(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  /** Changes whenever the stacks do (for useSyncExternalStore). */
  version = 0;
  getVersion = (): number => this.version;

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }
  get busy(): boolean {
    return this.pending > 0;
  }
  peekUndo(): Command | undefined {
    return this.done[this.done.length - 1];
  }
  peekRedo(): Command | undefined {
    return this.undone[this.undone.length - 1];
  }

  /** An edit was made (and saved): it can be undone; whatever was undone before cannot be redone. */
  push(cmd: Command): void {
    this.done.push(cmd);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
    this.emit();
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  undo(): Promise<Command | null> {
    return this.step(() => this.done.pop(), (c) => c.undo(), (c) => this.undone.push(c));
  }

  redo(): Promise<Command | null> {
    return this.step(() => this.undone.pop(), (c) => c.redo(), (c) => this.done.push(c));
  }

  private step(take: () => Command | undefined, run: (c: Command) => Promise<void>, keep: (c: Command) => void): Promise<Command | null> {
    const next = this.queue.then(async () => {
      const cmd = take();
      if (!cmd) return null;
      this.pending++;
      this.emit();
      try {
        await run(cmd);
        keep(cmd);
        return cmd;
      } catch (err) {
        // The edit could not be reversed (e.g. someone changed it since): it leaves the history,
        // and so does anything that depended on it.
        this.undone = [];
        throw err;
      } finally {
        this.pending--;
        this.emit();
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
