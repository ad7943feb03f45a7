import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../cli/args.js';

describe('command line (python3 conventions)', () => {
  it('takes a script and passes everything after it to the program', () => {
    const inv = parseArgs(['-B', 'x.py', '-c', '--help']);
    expect(inv.program).toEqual({ kind: 'file', path: 'x.py' });
    expect(inv.argv).toEqual(['x.py', '-c', '--help']);
    expect(inv.flags.dontWriteBytecode).toBe(true);
    expect(inv.action).toBe('run');
  });

  it('reads -c from the rest of a group or the next word, and ends the options there', () => {
    expect(parseArgs(['-Bcprint(1)', 'a']).program).toEqual({ kind: 'command', source: 'print(1)' });
    const inv = parseArgs(['-c', 'pass', '-x', '--y']);
    expect(inv.program).toEqual({ kind: 'command', source: 'pass' });
    expect(inv.argv).toEqual(['-c', '-x', '--y']);
  });

  it('reads -m MOD and -', () => {
    expect(parseArgs(['-m', 'pkg.mod', 'a']).argv).toEqual(['pkg.mod', 'a']);
    expect(parseArgs(['-', 'a']).program).toEqual({ kind: 'stdin' });
    expect(parseArgs([]).program).toEqual({ kind: 'stdin' });
  });

  it("takes pystm's own long options before the program", () => {
    const inv = parseArgs(['--dump-ast', '--include-attributes', 'f.py']);
    expect(inv.action).toBe('dump-ast');
    expect(inv.includeAttributes).toBe(true);
    expect(parseArgs(['--dis', 'f.py']).action).toBe('dis');
  });

  it('counts repeated flags', () => {
    expect(parseArgs(['-OO', '-c', 'pass']).flags.optimize).toBe(2);
    expect(parseArgs(['-VV']).versionLevel).toBe(2);
  });

  it('rejects what python3 rejects, with its messages', () => {
    expect(() => parseArgs(['-z'])).toThrow(new UsageError('Unknown option: -z'));
    expect(() => parseArgs(['--bogus'])).toThrow(new UsageError('unknown option --bogus'));
    expect(() => parseArgs(['-c'])).toThrow(new UsageError('Argument expected for the -c option'));
    expect(() => parseArgs(['-W'])).toThrow(new UsageError('Argument expected for the -W option'));
  });
});

describe('--heap-size', () => {
  it('takes a size with a unit, as one word or two', () => {
    expect(parseArgs(['--heap-size', '512m', 'x.py']).heapBytes).toBe(512 * 1024 ** 2);
    expect(parseArgs(['--heap-size=2g', 'x.py']).heapBytes).toBe(2 * 1024 ** 3);
    expect(parseArgs(['x.py']).heapBytes).toBe(null);
  });
  it('rejects sizes it cannot address', () => {
    expect(() => parseArgs(['--heap-size', '9g'])).toThrow(UsageError);
    // Node 20's typed arrays hold at most 2^32 elements: a 5g heap's byte view failed at start (an internal error).
    expect(() => parseArgs(['--heap-size', '5g'])).toThrow(new UsageError("heap size '5g' out of range (16m to 4g)"));
    expect(parseArgs(['--heap-size', '4g', 'x.py']).heapBytes).toBe(4 * 1024 ** 3);
    expect(() => parseArgs(['--heap-size', 'lots'])).toThrow(UsageError);
    expect(() => parseArgs(['--heap-size'])).toThrow(new UsageError('Argument expected for the --heap-size option'));
  });
});

describe('thread options', () => {
  it('takes --workers N, --stats and --schedule-seed N before the program', () => {
    const inv = parseArgs(['--workers', '3', '--stats', '--schedule-seed=42', 'x.py', '--workers', '9']);
    expect([inv.workers, inv.stats, inv.scheduleSeed]).toEqual([3, true, 42]);
    expect(inv.argv).toEqual(['x.py', '--workers', '9']);
    expect(parseArgs(['x.py']).workers).toBe(null);
  });

  it('rejects counts out of range, with the option in the message', () => {
    expect(() => parseArgs(['--workers', '0', 'x.py'])).toThrow(/--workers needs a whole number from 1 to 256/);
    expect(() => parseArgs(['--workers', 'two', 'x.py'])).toThrow(UsageError);
    expect(() => parseArgs(['--schedule-seed'])).toThrow(/Argument expected for the --schedule-seed option/);
  });
});
