/**
 * The command line, read the way `python3` reads its own:
 *
 *     pystm [option] ... [-c cmd | -m mod | file | -] [arg] ...
 *
 * Options come before the program; `-c` and `-m` end the option list, and
 * everything after the program goes to it as `sys.argv[1:]`. Short options
 * group (`-Bc code`, `-OO`); an option that takes an argument takes the rest of
 * its group or the next word. pystm's own options are long ones (`--dis`,
 * `--dump-ast`, ...). A usage error is a `UsageError` whose message is the
 * first line python3 would print; the caller adds the usage lines and exits 2.
 */

/** What to run: a file, a command string, a module, or standard input. */
export type Program =
  | { kind: 'file'; path: string }
  | { kind: 'command'; source: string }
  | { kind: 'module'; name: string }
  | { kind: 'stdin' };

/** What to do with the program. `run` is the default. */
export type Action = 'run' | 'dump-ast' | 'dis' | 'help' | 'version';

export interface Invocation {
  action: Action;
  program: Program | null;
  /** `sys.argv`: the program's name ('-c', the module, the path, '-') then its arguments. */
  argv: string[];
  /** `--include-attributes` with `--dump-ast`. */
  includeAttributes: boolean;
  /** How many times -V was given (2 prints the long version). */
  versionLevel: number;
  /** `--heap-size SIZE`: bytes of the shared heap, or null for the default. */
  heapBytes: number | null;
  /** `--workers N`: worker threads of the pool, or null for one per core. */
  workers: number | null;
  /** `--stats`: print each thread's transaction counts at exit. */
  stats: boolean;
  /** `--schedule-seed N`: switch threads at seeded pseudo-random points (reproducible interleavings), or null. */
  scheduleSeed: number | null;
  /** `--profile[=FILE]`, `--profile-format F`, `--profile-top N`: the conflict profiler, or null. */
  profile: { file: string | null; format: ProfileFormat; top: number } | null;
  /** CPython flags that are accepted; most have no effect yet (see `--help`). */
  flags: {
    optimize: number;
    ignoreEnvironment: boolean;
    isolated: boolean;
    noUserSite: boolean;
    noSite: boolean;
    unbuffered: boolean;
    quiet: boolean;
    verbose: number;
    bytesWarning: number;
    safePath: boolean;
    dontWriteBytecode: boolean;
    warnOptions: string[];
    xOptions: string[];
  };
}

export class UsageError extends Error {}

/** Short options without an argument, and the flag each sets. */
const SHORT_FLAGS: Record<string, (inv: Invocation) => void> = {
  b: (i) => void i.flags.bytesWarning++,
  B: (i) => void (i.flags.dontWriteBytecode = true),
  d: () => {},
  E: (i) => void (i.flags.ignoreEnvironment = true),
  h: (i) => void (i.action = 'help'),
  '?': (i) => void (i.action = 'help'),
  I: (i) => void ((i.flags.isolated = true), (i.flags.ignoreEnvironment = true), (i.flags.noUserSite = true)),
  O: (i) => void i.flags.optimize++,
  P: (i) => void (i.flags.safePath = true),
  q: (i) => void (i.flags.quiet = true),
  s: (i) => void (i.flags.noUserSite = true),
  S: (i) => void (i.flags.noSite = true),
  u: (i) => void (i.flags.unbuffered = true),
  v: (i) => void i.flags.verbose++,
  V: (i) => void ((i.action = 'version'), i.versionLevel++),
};

/** Short options that take an argument. `c` and `m` also end the option list. */
const SHORT_WITH_ARG = new Set(['c', 'm', 'W', 'X']);

/** Long options: python3's and pystm's own. */
const LONG_FLAGS: Record<string, (inv: Invocation) => void> = {
  '--help': (i) => void (i.action = 'help'),
  '--version': (i) => void ((i.action = 'version'), i.versionLevel++),
  '--dump-ast': (i) => void (i.action = 'dump-ast'),
  '--include-attributes': (i) => void (i.includeAttributes = true),
  '--dis': (i) => void (i.action = 'dis'),
  '--stats': (i) => void (i.stats = true),
  '--profile': (i) => void profileOf(i),
};

/** Long options whose value, optional, is given only as `--opt=VALUE`. */
const LONG_WITH_OPTIONAL_VALUE: Record<string, (inv: Invocation, value: string) => void> = {
  '--profile': (i, v) => {
    if (v === '') throw new UsageError('--profile= needs a file name');
    profileOf(i).file = v;
  },
};

/** pystm's long options that take a value (`--opt VALUE` or `--opt=VALUE`). */
const LONG_WITH_VALUE: Record<string, (inv: Invocation, value: string) => void> = {
  '--heap-size': (i, v) => void (i.heapBytes = parseSize(v)),
  '--workers': (i, v) => void (i.workers = parseCount('--workers', v, 1, 256)),
  '--schedule-seed': (i, v) => void (i.scheduleSeed = parseCount('--schedule-seed', v, 0, 2 ** 31 - 1)),
  '--profile-format': (i, v) => void (profileOf(i).format = parseProfileFormat(v)),
  '--profile-top': (i, v) => void (profileOf(i).top = parseCount('--profile-top', v, 1, 1000)),
};

export type ProfileFormat = 'text' | 'json' | 'chrome' | 'speedscope';
const PROFILE_FORMATS: readonly ProfileFormat[] = ['text', 'json', 'chrome', 'speedscope'];
/** Contended objects a report lists unless `--profile-top` says. */
export const DEFAULT_PROFILE_TOP = 10;

/** The invocation's profile options, made on first use (each --profile option turns the profiler on). */
function profileOf(i: Invocation): NonNullable<Invocation['profile']> {
  return (i.profile ??= { file: null, format: 'text', top: DEFAULT_PROFILE_TOP });
}

function parseProfileFormat(v: string): ProfileFormat {
  if (!(PROFILE_FORMATS as readonly string[]).includes(v)) throw new UsageError(`--profile-format needs one of ${PROFILE_FORMATS.join(', ')}, not '${v}'`);
  return v as ProfileFormat;
}

export function parseArgs(args: readonly string[]): Invocation {
  const inv = emptyInvocation();
  let i = 0;
  while (i < args.length) {
    const arg = args[i]!;
    if (arg === '-' || !arg.startsWith('-')) break;
    i++;
    if (arg === '--') break;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const optional = eq > 0 ? LONG_WITH_OPTIONAL_VALUE[name] : undefined;
    if (optional) {
      optional(inv, arg.slice(eq + 1));
      continue;
    }
    const withValue = LONG_WITH_VALUE[name];
    if (withValue) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[i++];
      if (value === undefined) throw new UsageError(`Argument expected for the ${name} option`);
      withValue(inv, value);
      continue;
    }
    if (arg.startsWith('--')) {
      const set = LONG_FLAGS[arg];
      if (!set) throw new UsageError(`unknown option ${arg}`);
      set(inv);
      continue;
    }
    const taken = readShortGroup(inv, arg, args[i]);
    if (taken === 'consumed-next') i++;
    if (inv.program) {
      inv.argv.push(...args.slice(i));
      return inv;
    }
  }
  if (inv.action === 'help' || inv.action === 'version') return inv;
  if (i < args.length) {
    const first = args[i]!;
    inv.program = first === '-' ? { kind: 'stdin' } : { kind: 'file', path: first };
    inv.argv = [first, ...args.slice(i + 1)];
  } else {
    inv.program = { kind: 'stdin' };
    inv.argv = [''];
  }
  return inv;
}

/**
 * Reads one group of short options (`-Bc`); returns 'consumed-next' when the
 * group's last option took the following word as its argument.
 */
function readShortGroup(inv: Invocation, group: string, next: string | undefined): 'consumed-next' | 'self' {
  for (let k = 1; k < group.length; k++) {
    const ch = group[k]!;
    if (SHORT_WITH_ARG.has(ch)) {
      const rest = group.slice(k + 1);
      const value = rest !== '' ? rest : next;
      if (value === undefined) throw new UsageError(`Argument expected for the -${ch} option`);
      applyOptionWithArg(inv, ch, value);
      return rest !== '' ? 'self' : 'consumed-next';
    }
    if (ch === 'i') throw new UsageError('Option -i (interactive inspection) is not supported by pystm');
    const set = SHORT_FLAGS[ch];
    if (!set) throw new UsageError(`Unknown option: -${ch}`);
    set(inv);
  }
  return 'self';
}

function applyOptionWithArg(inv: Invocation, opt: string, value: string): void {
  switch (opt) {
    case 'c':
      inv.program = { kind: 'command', source: value };
      inv.argv = ['-c'];
      return;
    case 'm':
      inv.program = { kind: 'module', name: value };
      inv.argv = [value];
      return;
    case 'W':
      inv.flags.warnOptions.push(value);
      return;
    case 'X':
      inv.flags.xOptions.push(value);
      return;
  }
}

function emptyInvocation(): Invocation {
  return {
    action: 'run',
    program: null,
    argv: [],
    includeAttributes: false,
    versionLevel: 0,
    heapBytes: null,
    workers: null,
    stats: false,
    scheduleSeed: null,
    profile: null,
    flags: {
      optimize: 0, ignoreEnvironment: false, isolated: false, noUserSite: false, noSite: false,
      unbuffered: false, quiet: false, verbose: 0, bytesWarning: 0, safePath: false,
      dontWriteBytecode: false, warnOptions: [], xOptions: [],
    },
  };
}

/** A whole number in [min, max] given to option `name`. */
function parseCount(name: string, spec: string, min: number, max: number): number {
  if (!/^\d+$/.test(spec.trim()) || Number(spec) < min || Number(spec) > max) {
    throw new UsageError(`${name} needs a whole number from ${min} to ${max}, not '${spec}'`);
  }
  return Number(spec);
}

/** At most 4 GiB: the heap's byte view is one typed array, and Node 20's hold at most 2^32 elements (a larger heap failed at start). */
const MIN_HEAP = 16 * 1024 ** 2;
const MAX_HEAP = 4 * 1024 ** 3;

/** `512m`, `4g`, `65536k` or plain bytes -> bytes (a multiple of 8). */
export function parseSize(spec: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(spec.trim());
  if (!m) throw new UsageError(`invalid heap size '${spec}' (use e.g. 512m or 4g)`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.floor((Number(m[1]) * unit) / 8) * 8;
  if (bytes < MIN_HEAP || bytes > MAX_HEAP) throw new UsageError(`heap size '${spec}' out of range (16m to 4g)`);
  return bytes;
}
