/**
 * CPython's side of the front-end benchmark: one long-lived python3 process
 * that holds every file's bytes in memory and times its own `compile()` and
 * `ast.parse` with `time.perf_counter`, so process start-up and file reading
 * are never measured.
 *
 * Protocol (one JSON document per line each way): the first line sent is the
 * list of paths; python3 reads them all, compiles each once (this is also its
 * warm-up) and answers `{"version", "accepted": [indices it compiles]}`. Then
 * each command `["corpus", "parse"|"compile", 1]` times one pass over the
 * accepted files (every `stride`-th one with `["corpus", op, stride]`), and
 * `["file", i, "parse"|"compile", n]` times file `i` `n`
 * times; both answer `{"seconds": ...}` (for "file": the median of the runs).
 * Commands run strictly one at a time, so the two sides never overlap on the
 * machine's cores.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';

const HELPER = String.raw`
import ast, json, statistics, sys, time, warnings
warnings.simplefilter("ignore")
FLAGS = dict(dont_inherit=True)

def answer(doc):
    sys.stdout.write(json.dumps(doc) + "\n")
    sys.stdout.flush()

def compile_one(path, src):
    compile(src, path, "exec", **FLAGS)

def parse_one(path, src):
    ast.parse(src, path)

OPS = {"compile": compile_one, "parse": parse_one}

def main():
    paths = json.loads(sys.stdin.readline())
    files = []
    for p in paths:
        with open(p, "rb") as f:
            files.append((p, f.read()))
    accepted = []
    for i, (p, src) in enumerate(files):
        try:
            compile_one(p, src)
            accepted.append(i)
        except Exception:
            pass
    answer({"version": sys.version.split()[0], "accepted": accepted})
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd[0] == "corpus":
            op, chosen = OPS[cmd[1]], accepted[::cmd[2]]
            t0 = time.perf_counter()
            for i in chosen:
                op(*files[i])
            answer({"seconds": time.perf_counter() - t0})
        elif cmd[0] == "file":
            op, (p, src), times = OPS[cmd[2]], files[cmd[1]], []
            for _ in range(cmd[3]):
                t0 = time.perf_counter()
                op(p, src)
                times.append(time.perf_counter() - t0)
            answer({"seconds": statistics.median(times)})
        else:
            return

main()
`;

export type CPythonOp = 'parse' | 'compile';

export class CPythonTimer {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private readonly reader: Interface;
  version = '';
  /** Indices (into the paths given to `start`) of the files CPython compiles. */
  accepted: number[] = [];

  private constructor() {
    this.child = spawn('python3', ['-c', HELPER], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (b: Buffer) => process.stderr.write(b));
    this.reader = createInterface({ input: this.child.stdout, crlfDelay: Infinity });
    this.lines = this.reader[Symbol.asyncIterator]();
  }

  /** Starts python3 on `paths`; resolves once it has read and compiled them all. */
  static async start(paths: string[]): Promise<CPythonTimer> {
    const t = new CPythonTimer();
    const hello = (await t.request(paths)) as { version: string; accepted: number[] };
    t.version = hello.version;
    t.accepted = hello.accepted;
    return t;
  }

  /** Seconds for one pass of `op` over every `stride`-th accepted file. */
  async corpus(op: CPythonOp, stride = 1): Promise<number> {
    return ((await this.request(['corpus', op, stride])) as { seconds: number }).seconds;
  }

  /** Median seconds of `runs` runs of `op` on file `index`. */
  async file(index: number, op: CPythonOp, runs: number): Promise<number> {
    return ((await this.request(['file', index, op, runs])) as { seconds: number }).seconds;
  }

  close(): void {
    this.child.stdin.end(JSON.stringify(['quit']) + '\n');
    this.reader.close();
  }

  private async request(doc: unknown): Promise<unknown> {
    this.child.stdin.write(JSON.stringify(doc) + '\n');
    const next = await this.lines.next();
    if (next.done) throw new Error('python3 helper exited early (see its stderr above)');
    return JSON.parse(next.value);
  }
}
