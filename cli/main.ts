/**
 * `pystm`: the command-line entry point.
 *
 * Reads the command line as python3 does (cli/args.ts), loads the program's
 * source (a file, `-c`, `-m`, or standard input), runs it through the front
 * end (decode, parse, compile) and then does what was asked: run it on the
 * runtime (vm/runtime/run.ts), or print its AST (`--dump-ast`) or its
 * bytecode (`--dis`).
 *
 * Every outcome is a Python-style message and an exit code: 0 success, 1 an
 * error in the program (a SyntaxError, a missing module), 2 a usage error or
 * an unreadable file, as python3. A JavaScript exception escaping to here is a
 * pystm bug and is reported as one (exit 70), never as a raw stack trace.
 */
import { fstatSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import { parseArgs, parseSize, UsageError, type Invocation, type Program } from './args.js';
import { findModule } from './modules.js';
import { writeOut, writeErr } from './output.js';
import { HELP, USAGE_LINE, VERSION, VERSION_LONG } from './usage.js';
import { parse, parseBytes, parseFile } from '../vm/syntax/parse.js';
import { decodeSource } from '../vm/syntax/source.js';
import { dump } from '../vm/syntax/ast-dump.js';
import { PySyntaxError, formatSyntaxError } from '../vm/syntax/errors.js';
import { compile } from '../vm/compiler/compile.js';
import { disassemble } from '../vm/compiler/dis.js';
import type { Mod } from '../vm/syntax/ast.js';
import { runProgram } from '../scheduler/run.js';
import { startProfiling } from '../conflict-tools/profile.js';
import { poolWorkers } from '../scheduler/spawn.js';
import { DEFAULT_HEAP_BYTES } from '../gc/heap.js';
import { nodeTty } from '../vm/runtime/node-builtins.js';
import { mark } from '../vm/runtime/startup-trace.js';
import { resumeOptimizer } from '../vm/interp/v8-flags.js';

/**
 * The program as the front end sees it. `reader` says how python3 would read
 * it, which decides some error messages: a script file or stdin goes through
 * CPython's file reader, a `-m` module through `compile(bytes)`, `-c` is text.
 */
type LoadedSource =
  | { filename: string; reader: 'script' | 'module'; bytes: Uint8Array; pipe?: boolean }
  | { filename: string; reader: 'text'; text: string };

/** A failure that python3 reports with one line on stderr and an exit code. */
class Exit extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

export function main(args: readonly string[]): number {
  mark('bundle evaluated (module top-level code)');
  resumeOptimizer(); // paused by the launcher while the modules loaded (vm/interp/v8-flags.ts)
  try {
    return runInvocation(parseArgs(args));
  } catch (e) {
    if (e instanceof UsageError) {
      writeErr(`${e.message}\n${USAGE_LINE}\nTry \`pystm -h' for more information.\n`);
      return 2;
    }
    if (e instanceof Exit) {
      writeErr(e.message);
      return e.code;
    }
    if (e instanceof PySyntaxError) {
      writeErr(formatSyntaxError(e));
      return 1;
    }
    return internalError(e);
  }
}

function runInvocation(inv: Invocation): number {
  if (inv.action === 'help') return writeOut(HELP), 0;
  if (inv.action === 'version') return writeOut(inv.versionLevel > 1 ? VERSION_LONG : VERSION), 0;
  const source = loadSource(inv.program!);
  const { tree, text } = parseSource(source);
  mark('program read and parsed');
  if (inv.action === 'dump-ast') {
    writeOut(dump(tree, { includeAttributes: inv.includeAttributes }) + '\n');
    return 0;
  }
  const code = compile(tree, { filename: source.filename, mode: 'exec', source: text });
  mark('program compiled');
  if (inv.action === 'dis') {
    writeOut(disassemble(code));
    return 0;
  }
  // Like python3, tracebacks of -c and stdin programs show no source lines.
  if (inv.profile) startProfiling();
  const status = runProgram(code, {
    argv: inv.argv, heapBytes: heapBytes(inv), workers: poolWorkers(inv.workers), stats: inv.stats, scheduleSeed: inv.scheduleSeed,
    profile: inv.profile,
  });
  mark('program ran');
  return status;
}

/** `--heap-size`, else PYSTM_HEAP_SIZE (e.g. `4g`, `512m`), else 4 GiB. */
function heapBytes(inv: Invocation): number {
  if (inv.heapBytes !== null) return inv.heapBytes;
  const spec = process.env.PYSTM_HEAP_SIZE;
  return spec ? parseSize(spec) : DEFAULT_HEAP_BYTES;
}

function parseSource(source: LoadedSource): { tree: Mod; text: string } {
  switch (source.reader) {
    case 'text':
      return { tree: parse(source.text, source.filename, 'exec'), text: source.text };
    case 'script':
      return parseFile(source.bytes, source.filename, { pipe: source.pipe ?? false });
    case 'module': {
      const tree = parseBytes(source.bytes, source.filename, 'exec');
      return { tree, text: decodeSource(source.bytes, source.filename) };
    }
  }
}

function loadSource(program: Program): LoadedSource {
  switch (program.kind) {
    case 'command':
      return { filename: '<string>', reader: 'text', text: program.source };
    case 'stdin':
      if (nodeTty().isatty(0)) throw new Exit(2, 'pystm: the interactive prompt is not supported; give a script, -c CMD, -m MOD or pipe a program to stdin\n');
      // A pipe changes one CPython message (non-UTF-8 cookies), so say which it is.
      return { filename: '<stdin>', reader: 'script', bytes: readStdin(), pipe: fstatSync(0).isFIFO() };
    case 'file':
      // python3 names the main script by its absolute path (since 3.9).
      return { filename: resolve(program.path), reader: 'script', bytes: readScript(program.path) };
    case 'module': {
      const path = findModule(program.name, process.env);
      if (path === null) throw new Exit(1, `pystm: No module named ${program.name}\n`);
      return { filename: path, reader: 'module', bytes: readScript(path) };
    }
  }
}

function readScript(path: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) {
      throw new Exit(1, `pystm: can't find '__main__' module in '${path}'\n`);
    }
    return readFileSync(path);
  } catch (e) {
    if (e instanceof Exit) throw e;
    const err = e as NodeJS.ErrnoException;
    const errno = ERRNO[err.code ?? ''] ?? 0;
    const reason = ERRNO_TEXT[err.code ?? ''] ?? err.message;
    throw new Exit(2, `pystm: can't open file '${resolve(path)}': [Errno ${errno}] ${reason}\n`);
  }
}

function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EAGAIN' || err.code === 'EOF') return new Uint8Array(0);
    throw e;
  }
}

const ERRNO: Record<string, number> = { ENOENT: 2, EACCES: 13, EISDIR: 21, ENOTDIR: 20, ELOOP: 40 };
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  ELOOP: 'Too many levels of symbolic links',
};

function internalError(e: unknown): number {
  const message = e instanceof Error ? e.message : String(e);
  writeErr(`pystm: internal error: ${message}\n`);
  if (process.env.PYSTM_DEBUG && e instanceof Error && e.stack) writeErr(e.stack + '\n');
  else writeErr('This is a bug in pystm; set PYSTM_DEBUG=1 to see where it happened.\n');
  return 70;
}

process.exitCode = main(process.argv.slice(2));
