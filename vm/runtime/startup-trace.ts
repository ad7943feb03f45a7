/**
 * `PYSTM_STARTUP_TRACE=1`: where a run's start-up went, on stderr at exit,
 * the pool's workers included.
 *
 * Model: named marks in ms since the process started (`process.uptime()`,
 * which loads no module and is the same clock in every worker), each printed
 * with the time since the previous mark of the same thread (and, where
 * Linux tells, the thread's CPU time in between). The launcher and
 * the command-line bundle are separate bundles, so the marks live in one
 * object on `globalThis`, created by startTrace() when the variable is set;
 * mark() without it is a no-op. A pool worker's marks are posted on a
 * MessagePort that traceWorker() made when the pool spawned it; the main
 * thread reads them synchronously at exit (its event loop may never have
 * run meanwhile), so a worker still starting shows how far it got.
 */
import { readFileSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { nodeWorkerThreads } from './node-builtins.js';

const KEY = Symbol.for('pystm.startupTrace');

/** A mark: which thread ('' the main one, else e.g. 'worker 1'), what ended, when, and the thread's CPU time then (ms, -1 unknown). */
type Mark = [source: string, name: string, ms: number, cpu: number];

interface Trace {
  source: string;
  marks: Mark[];
  /** In a worker: where its marks go. */
  port?: MessagePort;
  /** In the main thread: the workers' ports, read at exit. */
  workers: MessagePort[];
}

function trace(): Trace | undefined {
  return (globalThis as { [KEY]?: Trace })[KEY];
}

/** Starts the trace if PYSTM_STARTUP_TRACE is set (the launcher's first step). */
export function startTrace(): void {
  if (!process.env.PYSTM_STARTUP_TRACE) return;
  const t: Trace = { source: '', marks: [['', 'node started', 0, 0]], workers: [] };
  (globalThis as { [KEY]?: Trace })[KEY] = t;
  mark('launcher running (node start-up)');
  process.on('exit', () => process.stderr.write(report(t)));
}

/** Records that the phase ending now is `name`. */
export function mark(name: string): void {
  const t = trace();
  if (!t) return;
  const m: Mark = [t.source, name, process.uptime() * 1000, threadCpuMs()];
  t.marks.push(m);
  t.port?.postMessage(m);
}

/**
 * In the main thread, when the pool spawns the worker `source`: marks it
 * and returns the port for its marks (to pass, transferred, in its
 * workerData), or undefined when not tracing.
 */
export function traceWorker(source: string): MessagePort | undefined {
  const t = trace();
  if (!t) return undefined;
  t.marks.push([source, 'spawned', process.uptime() * 1000, 0]);
  const { port1, port2 } = new (nodeWorkerThreads().MessageChannel)();
  port1.unref();
  t.workers.push(port1);
  return port2;
}

/** In a pool worker (its launcher's first step): marks go to `port`, if the main thread traces. */
export function startWorkerTrace(port: MessagePort | undefined, source: string): void {
  if (!port) return;
  (globalThis as { [KEY]?: Trace })[KEY] = { source, marks: [], port, workers: [] };
  mark('node worker started');
}

/**
 * This thread's CPU time in ms (Linux's /proc/thread-self/schedstat), or -1:
 * on a busy machine wall-clock phases mostly measure waiting for a core.
 */
function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return -1;
  }
}

function report(t: Trace): string {
  mark('exit');
  const all = [...t.marks];
  const receive = t.workers.length ? nodeWorkerThreads().receiveMessageOnPort : null;
  for (const port of t.workers) {
    for (let m = receive!(port); m; m = receive!(port)) all.push(m.message as Mark);
  }
  all.sort((a, b) => a[2] - b[2]);
  const last = new Map<string, [ms: number, cpu: number]>();
  const lines = all.map(([source, name, ms, cpu]) => {
    const [before, cpuBefore] = last.get(source) ?? [ms, cpu];
    last.set(source, [ms, cpu]);
    const cpuText = cpu >= 0 && cpuBefore >= 0 ? `, cpu ${(cpu - cpuBefore).toFixed(1)}` : '';
    return `${(ms - before).toFixed(1).padStart(7)} ms  ${source ? `${source}: ` : ''}${name} (at ${ms.toFixed(1)}${cpuText})`;
  });
  return `pystm start-up trace:\n${lines.slice(1).join('\n')}\n`;
}
