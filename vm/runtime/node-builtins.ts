/**
 * Node's built-in modules that only some programs need, loaded on first use.
 *
 * Model: a static `import ... from 'node:crypto'` makes Node load and
 * compile that module (and what it needs: streams, sockets...) when the
 * bundle starts. For child_process, crypto, tty and worker_threads that was
 * a large share of `pystm -c pass` (issue #3's start-up target), though only
 * `time.sleep`, `os.urandom`, `random`, `hashlib`, the module cache, an
 * interactive check and the parallel pool use them. Each getter requires
 * its module on the first call; Node caches it after that.
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

let childProcess: typeof import('node:child_process') | undefined;
let crypto: typeof import('node:crypto') | undefined;
let tty: typeof import('node:tty') | undefined;
let workerThreads: typeof import('node:worker_threads') | undefined;

export function nodeChildProcess(): typeof import('node:child_process') {
  return (childProcess ??= requireBuiltin('node:child_process') as typeof import('node:child_process'));
}

export function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= requireBuiltin('node:crypto') as typeof import('node:crypto'));
}

export function nodeTty(): typeof import('node:tty') {
  return (tty ??= requireBuiltin('node:tty') as typeof import('node:tty'));
}

export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return (workerThreads ??= requireBuiltin('node:worker_threads') as typeof import('node:worker_threads'));
}
