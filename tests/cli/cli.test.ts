/**
 * The `pystm` command as users run it (bin/pystm over the built bundle),
 * checked against python3's behaviour for the same command lines.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PYSTM = join(ROOT, 'bin', 'pystm');
const dir = mkdtempSync(join(tmpdir(), 'pystm-cli-'));

function pystm(args: string[], input?: string) {
  return spawnSync(PYSTM, args, { cwd: dir, input: input ?? '', encoding: 'utf8' });
}
function python(args: string[], input?: string) {
  return spawnSync('python3', args, { cwd: dir, input: input ?? '', encoding: 'utf8' });
}
const DUMP = 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],"rb").read(), sys.argv[1])))';
const DUMP_ATTRS =
  'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],"rb").read(), sys.argv[1]), include_attributes=True))';

beforeAll(() => {
  execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(join(dir, 'ok.py'), 'def f(a, *b, c=1, **d):\n    return [x + 1 for x in b if x]\nprint(f"{f(1)!r:>10}")\n');
  writeFileSync(join(dir, 'bad.py'), 'x = 1\nif x\n    pass\n');
  writeFileSync(join(dir, 'unclosed.py'), 'print(1,\n  2\n');
  mkdirSync(join(dir, 'pkg'));
  writeFileSync(join(dir, 'pkg', '__init__.py'), '');
  writeFileSync(join(dir, 'pkg', 'mod.py'), 'x = (\n');
}, 120_000);

describe('pystm command line', () => {
  it('prints its version and help', () => {
    const v = pystm(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout).toMatch(/^pystm \d+\.\d+\.\d+ \(Python 3\.11\)\n$/);
    const h = pystm(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('usage: pystm [option] ... [-c cmd | -m mod | file | -] [arg] ...');
  });

  it('rejects bad usage like python3: message, usage line, exit 2', () => {
    for (const args of [['-z'], ['--bogus'], ['-c'], ['-m']]) {
      const ours = pystm(args);
      const theirs = python(args);
      expect(ours.status).toBe(2);
      expect(theirs.status).toBe(2);
      expect(ours.stderr.split('\n')[0]).toBe(theirs.stderr.split('\n')[0]);
      expect(ours.stderr).toContain('usage: pystm');
    }
  });

  it('reports a missing script like python3, exit 2', () => {
    const ours = pystm(['nonexistent.py']);
    const theirs = python(['nonexistent.py']);
    expect(ours.status).toBe(theirs.status);
    expect(ours.stderr.replace(/^pystm/, '')).toBe(theirs.stderr.replace(/^\S*python3/, ''));
  });

  it('--dump-ast prints exactly what ast.dump prints', () => {
    expect(pystm(['--dump-ast', 'ok.py']).stdout).toBe(python(['-c', DUMP, 'ok.py']).stdout);
    expect(pystm(['--dump-ast', '--include-attributes', 'ok.py']).stdout).toBe(
      python(['-c', DUMP_ATTRS, 'ok.py']).stdout,
    );
  });

  it('prints a syntax error as python3 does for the file, exit 1', () => {
    for (const file of ['bad.py', 'unclosed.py']) {
      const theirs = python([file]);
      expect(theirs.status).toBe(1);
      for (const args of [[file], ['--dump-ast', file], ['--dis', file]]) {
        const ours = pystm(args);
        expect(ours.status).toBe(1);
        expect(ours.stderr).toBe(theirs.stderr);
      }
    }
  });

  it('compiles -c code, stdin and -m modules through the same front end', () => {
    expect(pystm(['-c', 'x = (']).stderr).toBe(python(['-c', 'x = (']).stderr);
    expect(pystm(['-'], 'if True\n').stderr).toBe(python(['-'], 'if True\n').stderr);
    // python3 prints runpy's frozen frames above the error; the error itself must match.
    const theirs = python(['-m', 'pkg.mod']).stderr;
    expect(theirs.endsWith(pystm(['-m', 'pkg.mod']).stderr)).toBe(true);
    expect(pystm(['-m', 'pkg.mod']).stderr).toMatch(/^  File ".*pkg\/mod\.py", line 1\n/);
    const missing = pystm(['-m', 'no_such_module']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('pystm: No module named no_such_module\n');
  });

  it('reports an exception in __del__ or a weakref callback as CPython does, and goes on', () => {
    const program = [
      'import gc, _weakref',
      'class Bad:',
      '    def __init__(self): self.me = self',
      '    def __del__(self): raise ValueError("from __del__")',
      'def callback(r): 1 / 0',
      'b = Bad(); w = _weakref.ref(b, callback); del b',
      'gc.collect()',
      'print("still running")',
    ].join('\n');
    writeFileSync(join(dir, 'unraisable.py'), program + '\n');
    const addresses = (s: string) => s.replace(/0x[0-9a-f]+/g, '0x...');
    const ours = pystm(['unraisable.py']), theirs = python(['unraisable.py']);
    expect(ours.stdout).toBe('still running\n');
    expect(ours.stdout).toBe(theirs.stdout);
    expect(addresses(ours.stderr)).toBe(addresses(theirs.stderr));
    expect(ours.stderr).toContain('Exception ignored in: <function Bad.__del__ at 0x');
  });

  it('--dis prints every code object with line numbers', () => {
    const out = pystm(['--dis', 'ok.py']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('<module>');
    expect(out.stdout).toContain('f');
    expect(out.stdout).toContain('<listcomp>');
  });
});

describe('compiled-code cache of imported modules (vm/runtime/code-cache.ts)', () => {
  const run = (cache: string, main: string) =>
    spawnSync(PYSTM, [main], { cwd: dir, encoding: 'utf8', env: { ...process.env, PYSTM_CACHE_DIR: cache } });

  it('stores entries, and a changed source or a syntax error is never served from the cache', () => {
    const cache = mkdtempSync(join(tmpdir(), 'pystm-cache-'));
    const pkg = mkdtempSync(join(tmpdir(), 'pystm-cached-mod-'));
    const main = join(pkg, 'main.py');
    writeFileSync(main, 'import cached_mod\nprint(cached_mod.VALUE)\n');
    writeFileSync(join(pkg, 'cached_mod.py'), 'VALUE = 1\n');
    expect(run(cache, main).stdout).toBe('1\n');
    expect(readdirSync(cache).filter((f) => f.endsWith('.code')).length).toBe(1);
    expect(run(cache, main).stdout).toBe('1\n');
    writeFileSync(join(pkg, 'cached_mod.py'), 'VALUE = 2\n');
    expect(run(cache, main).stdout).toBe('2\n');
    writeFileSync(join(pkg, 'cached_mod.py'), 'VALUE = (\n');
    const bad = run(cache, main);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('SyntaxError');
    writeFileSync(join(pkg, 'cached_mod.py'), 'VALUE = 3\n');
    expect(run(cache, main).stdout).toBe('3\n');
  });
});

describe("V8 code cache of pystm's own bundle (cli/launch.ts)", () => {
  const run = (cache: string) =>
    spawnSync(PYSTM, ['-c', 'print(6 * 7)'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PYSTM_CACHE_DIR: cache, PYSTM_STARTUP_TRACE: '1' } });

  it('is written once, then used, and a damaged one is refused and replaced', () => {
    const cache = mkdtempSync(join(tmpdir(), 'pystm-v8cache-'));
    expect(run(cache).stdout).toBe('42\n');
    const files = readdirSync(cache).filter((f) => f.endsWith('.v8cache'));
    expect(files.length).toBe(1);
    const second = run(cache);
    expect(second.stdout).toBe('42\n');
    expect(second.stderr).toContain('bundle compiled (from the cache)');
    const file = join(cache, files[0]!);
    const data = readFileSync(file);
    for (let i = data.indexOf(10) + 200; i < data.length; i += 499) data[i]! ^= 0x5a;
    writeFileSync(file, data);
    const damaged = run(cache);
    expect(damaged.status).toBe(0);
    expect(damaged.stdout).toBe('42\n');
    expect(damaged.stderr).toContain('cache refused');
    expect(run(cache).stderr).toContain('bundle compiled (from the cache)');
  });
});

describe("V8 code cache of a pool worker's bundle (scheduler/worker-launch.ts)", () => {
  // The main thread sleeps long enough for the worker (pre-spawned by the launcher) to attach.
  const program = 'import threading, time\nt = threading.Thread(target=time.sleep, args=(0.01,))\nt.start(); t.join()\ntime.sleep(2)\nprint("ok")';
  const run = (cache: string) =>
    spawnSync(PYSTM, ['--workers', '2', '-c', program], { cwd: dir, encoding: 'utf8', env: { ...process.env, PYSTM_CACHE_DIR: cache, PYSTM_STARTUP_TRACE: '1' } });

  it('is written by the worker, then used by the next run', () => {
    const cache = mkdtempSync(join(tmpdir(), 'pystm-v8cache-'));
    const first = run(cache);
    expect(first.stdout).toBe('ok\n');
    expect(first.stderr).toContain('worker 1: code cache written');
    expect(readdirSync(cache).filter((f) => f.endsWith('.v8cache')).length).toBe(2);
    const second = run(cache);
    expect(second.stdout).toBe('ok\n');
    expect(second.stderr).toContain('worker 1: bundle compiled (from the cache)');
  });
});
