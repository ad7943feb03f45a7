/**
 * Synchronous writes to stdout and stderr.
 *
 * Node's `process.stdout` may buffer asynchronously and lose output at exit;
 * pystm writes with `fs.writeSync` so output is complete and ordered. A pipe in
 * non-blocking mode answers EAGAIN when full: we wait for it to drain and go
 * on. A closed pipe (EPIPE, as in `pystm ... | head`) ends the output silently.
 */
import { writeSync } from 'node:fs';

const encoder = new TextEncoder();

export function writeOut(text: string): void {
  writeAll(1, text);
}

export function writeErr(text: string): void {
  writeAll(2, text);
}

function writeAll(fd: number, text: string): void {
  const bytes = encoder.encode(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

/** A one-word buffer to sleep on for a millisecond while a pipe drains. */
const pause = new Int32Array(new SharedArrayBuffer(4));
