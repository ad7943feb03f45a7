/**
 * The V8 flags the interpreter runs with, declared once, and the pause of
 * V8's optimizing compiler while the runtime starts.
 *
 * vm/interp/loop.ts sets the flags when it is loaded. V8 code caches record
 * the flags in force when they were made and are refused under other flags,
 * so the launcher (cli/launch.ts) sets the same ones before it compiles the
 * bundle: its cache, written after the program ran, is then accepted by the
 * next run. Setting a flag twice to the same value is harmless.
 *
 * Start-up code (the bundle's module bodies, bootstrap) runs once, but its
 * loops make V8 optimize the helpers they call (heap loads, dict inserts)
 * with TurboFan: compilations that cost more than they save before the
 * program starts (measured: a third of `pystm -c pass`'s CPU time). So
 * TurboFan is off during those phases: pauseOptimizer() / resumeOptimizer()
 * around them, resumed before the program's code runs and before the
 * launcher writes its cache (whose flags must be the usual ones).
 */
import { setFlagsFromString } from 'node:v8';

/**
 * `slice` is far larger than V8's cumulative inlining budget (920 bytecodes),
 * so past its first few call sites the small heap and dict helpers it calls
 * stayed real calls; a larger budget measured 5-8% faster on the attribute-
 * and call-heavy benchmarks (bench/README.md), same compile count.
 */
export const INTERPRETER_V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=2000'];

export function setInterpreterFlags(): void {
  for (const flag of INTERPRETER_V8_FLAGS) setFlagsFromString(flag);
}

/** Stops V8 from starting TurboFan compilations (run-once start-up code follows). */
export function pauseOptimizer(): void {
  setFlagsFromString('--no-turbofan');
}

/** Lets V8 optimize hot functions again (the default). */
export function resumeOptimizer(): void {
  setFlagsFromString('--turbofan');
}
