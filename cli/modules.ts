/**
 * Finding the file behind `-m NAME`: the module search path as python3 builds
 * it for `-m` (the current directory, then PYTHONPATH), a package's
 * `__main__.py`, a module's `NAME.py`. Importing itself belongs to the
 * interpreter (a later milestone); this only locates the source to load.
 */
import { existsSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export function findModule(name: string, env: NodeJS.ProcessEnv): string | null {
  if (!/^[\p{XID_Start}_][\p{XID_Continue}]*(\.[\p{XID_Start}_][\p{XID_Continue}]*)*$/u.test(name)) return null;
  const parts = name.split('.');
  const searchPath = [process.cwd(), ...(env.PYTHONPATH ?? '').split(delimiter).filter((p) => p !== '')];
  for (const dir of searchPath) {
    const base = join(resolve(dir), ...parts);
    if (isDir(base) && existsSync(join(base, '__main__.py'))) return join(base, '__main__.py');
    if (existsSync(base + '.py')) return base + '.py';
  }
  return null;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
