/**
 * The compiled-code cache for imported modules (CPython's __pycache__, kept
 * in one folder instead of beside the sources).
 *
 * Model: compiling a 1,000-line module costs ~100 ms (parse + compile, cold
 * JIT); reading back its `CodeObject` (plain data: arrays, typed arrays,
 * strings, bigints) with `v8.deserialize` costs 1-7 ms. So an imported
 * module's code object is stored in `$PYSTM_CACHE_DIR` (default
 * `$XDG_CACHE_HOME/pystm` or `~/.cache/pystm`) under a key made of the
 * module's absolute path, the SHA-1 of its source bytes and the identity of
 * the running pystm bundle (its path, size and mtime), so a changed source
 * or a rebuilt pystm never sees a stale entry. Only the built bundle uses the
 * cache (running from the TypeScript sources, the compiler may change with
 * no bundle to key on). `PYSTM_NO_CODE_CACHE=1` turns it off
 * (`PYTHONDONTWRITEBYTECODE` does not: it is about litter beside sources,
 * which this cache never writes). Every failure (unwritable folder, corrupt entry) falls back
 * to compiling: the cache can only save time, never change a result.
 * Entries are written to a temporary file and renamed, so concurrent
 * writers never expose a partial entry.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { CodeObject } from '../compiler/code.js';
import { nodeCrypto } from './node-builtins.js';

let bundleIdentity: string | null | undefined;

/** The running bundle's identity, or null when running from sources or when the cache is off. */
function identity(): string | null {
  if (bundleIdentity !== undefined) return bundleIdentity;
  bundleIdentity = null;
  if (process.env.PYSTM_NO_CODE_CACHE) return null;
  try {
    const self = fileURLToPath(import.meta.url);
    if (!self.endsWith('.js')) return null;
    const st = statSync(self);
    bundleIdentity = `${self}\0${st.size}\0${st.mtimeMs}`;
  } catch {
    bundleIdentity = null;
  }
  return bundleIdentity;
}

function cacheDir(): string {
  return process.env.PYSTM_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'pystm');
}

function entryPath(file: string, source: Uint8Array, id: string): string {
  const key = nodeCrypto().createHash('sha1').update(id).update('\0').update(file).update('\0').update(source).digest('hex');
  return join(cacheDir(), `${key}.code`);
}

/**
 * The code object of module source `source` (read from `file`): from the
 * cache when present, else `compileNow()`'s result, which is then stored.
 */
export function cachedCompile(file: string, source: Uint8Array, compileNow: () => CodeObject): CodeObject {
  const id = identity();
  if (id === null) return compileNow();
  const path = entryPath(file, source, id);
  try {
    return deserialize(readFileSync(path)) as CodeObject;
  } catch {
    // No entry yet (or an unreadable one): compile and store.
  }
  const code = compileNow();
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(code));
    renameSync(tmp, path);
  } catch {
    // A read-only or missing home folder only costs the next run a compile.
  }
  return code;
}
