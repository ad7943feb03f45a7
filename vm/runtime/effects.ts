/**
 * Operations that cannot be undone — output, reading input, file and OS
 * calls — announce themselves here first: under transactions, the running
 * one becomes inevitable (it will not abort, so the effect happens once and
 * a retried region never repeats it). See stm/README.md, "Inevitable".
 */
import { writeErr as writeErrRaw, writeOut as writeOutRaw } from '../../cli/output.js';
import { threadHost } from './thread-host.js';

/** Call before an operation that cannot be undone. */
export function sideEffect(): void {
  threadHost.sideEffect();
}

export function writeOut(text: string): void {
  threadHost.sideEffect();
  writeOutRaw(text);
}

export function writeErr(text: string): void {
  threadHost.sideEffect();
  writeErrRaw(text);
}
