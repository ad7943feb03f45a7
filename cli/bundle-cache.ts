/**
 * Running one of pystm's CommonJS bundles through a V8 code cache: the
 * command line (`dist/pystm-main.js`, from cli/launch.ts) and a pool
 * worker's runtime (`dist/worker-main.js`, from scheduler/worker-launch.ts).
 *
 * Model: most of a short run's start-up used to be V8 parsing a 1.4 MB
 * bundle and compiling, one by one, the functions that build the runtime.
 * Node 20 has no compile cache for ES modules, so the bundles are CommonJS
 * and compiled here with `vm.Script`, whose `cachedData` (made by
 * `createCachedData()` after a previous run) holds the bytecode of the
 * top-level code and of every function that run compiled.
 *
 * Invariants:
 * - The cache only saves time: failing to read, use or write it is silent
 *   and the bundle is then compiled from its source, so a read-only install
 *   or an unwritable home works as before.
 * - An entry is used only for the exact bundle and Node that made it: its
 *   header is the bundle's path, size and mtime, Node's version, arch and
 *   NODE_OPTIONS, compared in full (V8's own check only compares lengths).
 *   A run with node flags (`node --cpu-prof dist/pystm.js`) uses no cache.
 * - It is written (temporary file, then rename, so concurrent runs never see
 *   half a file) after the code worth caching ran, only when missing or
 *   refused.
 * - V8 checksums its caches (--verify-snapshot-checksum, set before the
 *   compile): a damaged file is refused, not deserialized (which can crash).
 * - The interpreter's V8 flags are set before compiling, and TurboFan is
 *   running when the cache is made: V8 refuses a cache made under other
 *   flags (vm/interp/v8-flags.ts). V8's flags are the process's: setting
 *   the same values again from a worker changes nothing.
 *
 * The folder is the one of compiled Python modules (vm/runtime/code-cache.ts):
 * `$PYSTM_CACHE_DIR`, else `$XDG_CACHE_HOME/pystm`, else `~/.cache/pystm`;
 * `PYSTM_NO_CODE_CACHE=1` turns both caches off.
 */
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { setInterpreterFlags } from '../vm/interp/v8-flags.js';
import { mark } from '../vm/runtime/startup-trace.js';

/** CommonJS's module wrapper: the bundle sees the usual five bindings. */
type ModuleBody = (exports: object, require: NodeRequire, module: { exports: object }, filename: string, dirname: string) => void;

interface CacheEntry { path: string; header: Buffer }

/** A bundle compiled, not yet run. */
export interface CompiledBundle {
  path: string;
  script: Script;
  body: ModuleBody;
  entry: CacheEntry | null;
  /** Compiled from cached data that V8 accepted. */
  fromCache: boolean;
}

/** Compiles the CommonJS bundle at `path`, from its cache when there is a good one. */
export function compileBundle(path: string): CompiledBundle {
  const source = readFileSync(path, 'utf8');
  setInterpreterFlags();
  // V8 then checksums the caches it makes and refuses a damaged one (else deserializing it can crash).
  setFlagsFromString('--verify-snapshot-checksum');
  const entry = cacheEntry(path);
  const cached = entry && readCache(entry);
  mark(`bundle and code cache read (${cached ? 'cache found' : 'no cache'})`);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: path,
    cachedData: cached ?? undefined,
  });
  const body = script.runInThisContext() as ModuleBody;
  const fromCache = !!cached && !script.cachedDataRejected;
  mark(`bundle compiled${cached ? (fromCache ? ' (from the cache)' : ' (cache refused)') : ''}`);
  return { path, script, body, entry, fromCache };
}

/** Runs the bundle's top-level code with CommonJS's bindings; returns its exports. */
export function runBundle(bundle: CompiledBundle): unknown {
  const module = { exports: {} };
  bundle.body.call(module.exports, module.exports, createRequire(bundle.path), module, bundle.path, dirname(bundle.path));
  return module.exports;
}

/**
 * Writes the bundle's cache if it had none or V8 refused it. Call once the
 * functions worth caching have run, with TurboFan running (see the flags above).
 */
export function saveBundleCache(bundle: CompiledBundle): void {
  if (!bundle.entry || bundle.fromCache) return;
  writeCache(bundle.entry, bundle.script);
  mark('code cache written');
}

/**
 * Where the bundle's cache lives and the header naming what it was made
 * from; null when off. The file is named by what a rebuild keeps (path,
 * Node, flags), so a rebuilt bundle replaces its entry instead of adding one.
 */
function cacheEntry(bundle: string): CacheEntry | null {
  // Node flags (a profiler, V8 options) change the code or name a file per run: no cache then.
  if (process.env.PYSTM_NO_CODE_CACHE || process.execArgv.length) return null;
  try {
    const st = statSync(bundle);
    const place = [bundle, process.version, process.arch, process.env.NODE_OPTIONS ?? ''].join('\0');
    const dir = process.env.PYSTM_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'pystm');
    return { path: join(dir, `bundle-${fnv1a(place)}.v8cache`), header: Buffer.from(`${place}\0${st.size}\0${st.mtimeMs}\n`) };
  } catch {
    return null;
  }
}

/** The V8 data of a cache file whose header matches, else null. */
function readCache(entry: CacheEntry): Buffer | null {
  try {
    const data = readFileSync(entry.path);
    if (data.length <= entry.header.length || !data.subarray(0, entry.header.length).equals(entry.header)) return null;
    return data.subarray(entry.header.length);
  } catch {
    return null;
  }
}

function writeCache(entry: CacheEntry, script: Script): void {
  const tmp = `${entry.path}.${process.pid}.${process.hrtime.bigint()}.tmp`;
  try {
    mkdirSync(dirname(entry.path), { recursive: true });
    writeFileSync(tmp, Buffer.concat([entry.header, script.createCachedData()]));
    renameSync(tmp, entry.path);
  } catch {
    // a cache that cannot be written is only a slower next start (a full disk leaves no partial file)
    try {
      unlinkSync(tmp);
    } catch {
      // there was none
    }
  }
}

/** Two 32-bit FNV-1a hashes of `s`'s UTF-16 units (different offsets), as 16 hex digits: a file name, not a check. */
function fnv1a(s: string): string {
  let a = 0x811c9dc5, b = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ s.charCodeAt(i), 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
