/**
 * `PYSTM_STARTUP_TRACE=1`: where a run's start-up went, on stderr at exit.
 *
 * Model: named marks in ms since the process started (`process.uptime()`,
 * which loads no module), each printed with the time since the previous
 * one. The launcher and the command-line bundle are separate bundles, so
 * the marks live in one array on `globalThis`, created by startTrace() when
 * the variable is set; mark() without it is a no-op.
 */
const KEY = Symbol.for('pystm.startupTrace');

type Marks = [name: string, ms: number][];

function marks(): Marks | undefined {
  return (globalThis as { [KEY]?: Marks })[KEY];
}

/** Starts the trace if PYSTM_STARTUP_TRACE is set (the launcher's first step). */
export function startTrace(): void {
  if (!process.env.PYSTM_STARTUP_TRACE) return;
  const list: Marks = [['node started', 0]];
  (globalThis as { [KEY]?: Marks })[KEY] = list;
  mark('launcher running (node start-up)');
  process.on('exit', () => process.stderr.write(report(list)));
}

/** Records that the phase ending now is `name`. */
export function mark(name: string): void {
  marks()?.push([name, process.uptime() * 1000]);
}

function report(list: Marks): string {
  mark('exit');
  const lines = list.slice(1).map(([name, ms], i) => `${(ms - list[i]![1]).toFixed(1).padStart(7)} ms  ${name} (at ${ms.toFixed(1)})`);
  return `pystm start-up trace:\n${lines.join('\n')}\n`;
}
