/**
 * `pystm --profile`: the profiler's entry points.
 *
 * `startProfiling` (cli/main.ts, before the program runs) switches on the
 * recording of regions and waits (scheduler/events.ts) and notes when each
 * garbage collection ends; `writeProfile` (scheduler/run.ts, after the
 * program has ended, on worker 0) collects the records into a `Profile`,
 * prints the text report to stderr and writes the chosen format to a file:
 * `--profile=FILE`, or for the chrome, speedscope and json formats without
 * one, `pystm-profile.<format>.json` in the current folder.
 */
import { writeFileSync } from 'node:fs';
import { onCollection } from '../gc/collect.js';
import { gcState } from '../vm/runtime/collector.js';
import { writeToStream } from '../vm/modules/sys-streams.js';
import { eventsStartMs, requestProfiling } from '../scheduler/events.js';
import { collectProfile } from './collect.js';
import { formatText } from './text.js';
import { chromeTrace } from './chrome.js';
import { speedscopeFile } from './speedscope.js';
import type { Profile } from './model.js';
import type { ProfileFormat } from '../cli/args.js';

/** The formats, as the command line reads them (cli/args.ts). */
export type { ProfileFormat } from '../cli/args.js';

export interface ProfileOptions {
  /** Where to write the report in `format` (null: the text report on stderr only, or a default file name). */
  file: string | null;
  format: ProfileFormat;
  /** Contended objects listed. */
  top: number;
}

/** Ends of the collections (ms of performance.now()), in order: a pause ends at its flush. */
const collectionEnds: number[] = [];

/** Before the program runs (worker 0): record regions, waits and collections. */
export function startProfiling(): void {
  requestProfiling();
  onCollection(() => collectionEnds.push(performance.now()));
}

/** After the program: the report on stderr, and the file. Errors writing the file are reported, not thrown. */
export function writeProfile(options: ProfileOptions, run: { program: string; workers: number }): void {
  const cpu = process.cpuUsage();
  const end = performance.now();
  const pauses = gcState.pauses.map((durMs, i) => ({ startMs: (collectionEnds[i] ?? end) - durMs, durMs }));
  const profile = collectProfile({
    program: run.program, workers: run.workers, startMs: eventsStartMs() || 0, endMs: end,
    processCpuMs: (cpu.user + cpu.system) / 1000, gcPauses: pauses,
  }, options.top);
  writeToStream('stderr', formatText(profile));
  const file = options.file ?? (options.format === 'text' ? null : `pystm-profile.${options.format}.json`);
  if (file === null) return;
  try {
    writeFileSync(file, render(profile, options.format));
    writeToStream('stderr', `pystm: profile (${options.format}) written to ${file}\n`);
  } catch (e) {
    writeToStream('stderr', `pystm: cannot write the profile to ${file}: ${(e as Error).message}\n`);
  }
}

/** The profile in `format`, as the file's text. */
export function render(profile: Profile, format: ProfileFormat): string {
  switch (format) {
    case 'text': return formatText(profile);
    case 'json': return JSON.stringify(profile, null, 1) + '\n';
    case 'chrome': return JSON.stringify(chromeTrace(profile)) + '\n';
    case 'speedscope': return JSON.stringify(speedscopeFile(profile)) + '\n';
  }
}
