/**
 * Instructions executed per source line of pystm's bundle, from a callgrind
 * run: a count that does not move with the machine's load (wall-clock
 * figures here vary by 20-40% between runs), for comparing two builds or
 * two modes line by line.
 *
 *   valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file=OUT \
 *     node --print-opt-code --code-comments dist/pystm.js ARGS > CODE.txt
 *   npx tsx bench/ir-lines.ts OUT CODE.txt dist/pystm-main.js > A.json
 *   npx tsx bench/ir-lines.ts --diff A.json B.json dist/pystm-main.js [N]
 *
 * The first form maps each instruction's count to the source position V8
 * printed for it (the last position at or before its offset in the
 * optimized code object), then to a line of the bundle; only TurboFan's
 * code is counted (not the interpreter, builtins or the compiler). Both
 * runs of a diff must use the same bundle. Valgrind is in Debian's
 * `valgrind` package; a run takes ~100x the time of the program.
 */
import { readFileSync } from 'node:fs';

interface CodeObject { start: number; size: number; pcs: number[]; positions: number[] }

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The greatest index i with sorted[i] <= x, or -1. */
function floorIndex(sorted: number[], x: number): number {
  let lo = 0, hi = sorted.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/** The optimized code objects of V8's `--print-opt-code` output: address range and source positions. */
function codeObjects(printed: string): CodeObject[] {
  const objects: CodeObject[] = [];
  let current: CodeObject | null = null, inTable = false;
  for (const line of printed.split('\n')) {
    if (line.startsWith('--- Optimized code ---')) {
      current = { start: 0, size: 0, pcs: [], positions: [] };
      objects.push(current);
      inTable = false;
      continue;
    }
    if (current === null) continue;
    let m: RegExpExecArray | null;
    if ((m = /^Instructions \(size = (\d+)\)/.exec(line))) current.size = Number(m[1]);
    else if (current.start === 0 && (m = /^0x([0-9a-f]+)\s+0\s/.exec(line))) current.start = parseInt(m[1]!, 16);
    else if (line.startsWith('Source positions:')) inTable = true;
    else if (inTable) {
      if ((m = /^\s+([0-9a-f]+)\s+(\d+)/.exec(line))) { current.pcs.push(parseInt(m[1]!, 16)); current.positions.push(Number(m[2])); }
      else if (!line.includes('pc offset')) inTable = false;
    }
  }
  return objects.filter((o) => o.start !== 0).sort((a, b) => a.start - b.start);
}

/** Instructions per bundle line (line 0: code before any position) from a callgrind file with --dump-instr=yes. */
function countByLine(callgrind: string, objects: CodeObject[], starts: number[]): Map<number, number> {
  const objectStarts = objects.map((o) => o.start);
  const byLine = new Map<number, number>();
  let address = 0, callCost = false;
  for (const line of callgrind.split('\n')) {
    if (line.startsWith('calls=')) { callCost = true; continue; } // the next cost line is the call's inclusive cost
    const c = line.charCodeAt(0);
    if (c !== 48 && c !== 43 && c !== 45 && c !== 42) continue; // a cost line: 0x.., +n, -n or *
    const [where, , cost] = line.split(' ');
    if (where!.startsWith('0x')) address = parseInt(where!, 16);
    else if (where![0] === '+') address += parseInt(where!.slice(1), 16);
    else if (where![0] === '-') address -= parseInt(where!.slice(1), 16);
    if (callCost) { callCost = false; continue; }
    const k = floorIndex(objectStarts, address);
    const o = objects[k];
    if (o === undefined || address >= o.start + o.size) continue;
    const p = floorIndex(o.pcs, address - o.start);
    const at = p < 0 ? 0 : floorIndex(starts, o.positions[p]!) + 1;
    byLine.set(at, (byLine.get(at) ?? 0) + Number(cost ?? 0));
  }
  return byLine;
}

function diff(aFile: string, bFile: string, bundle: string, top: number): void {
  const a = new Map<number, number>(JSON.parse(readFileSync(aFile, 'utf8')));
  const b = new Map<number, number>(JSON.parse(readFileSync(bFile, 'utf8')));
  const source = readFileSync(bundle, 'utf8').split('\n');
  const rows = [...new Set([...a.keys(), ...b.keys()])].map((line) => ({ line, a: a.get(line) ?? 0, b: b.get(line) ?? 0 }));
  const sum = (m: Map<number, number>): number => [...m.values()].reduce((s, v) => s + v, 0);
  console.log(`total ${(sum(a) / 1e6).toFixed(0)} M -> ${(sum(b) / 1e6).toFixed(0)} M instructions in optimized code`);
  rows.sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a));
  const m = (v: number): string => (v / 1e6).toFixed(1).padStart(8);
  for (const r of rows.slice(0, top)) console.log(`${m(r.b - r.a)} ${m(r.a)} ${m(r.b)} ${String(r.line).padStart(6)}  ${(source[r.line - 1] ?? '').trim().slice(0, 100)}`);
}

const args = process.argv.slice(2);
if (args[0] === '--diff' && args.length >= 4) {
  diff(args[1]!, args[2]!, args[3]!, Number(args[4] ?? 40));
} else if (args.length === 3) {
  const objects = codeObjects(readFileSync(args[1]!, 'utf8'));
  const counts = countByLine(readFileSync(args[0]!, 'utf8'), objects, lineStarts(readFileSync(args[2]!, 'utf8')));
  process.stdout.write(JSON.stringify([...counts]) + '\n');
} else {
  process.stderr.write('usage: ir-lines.ts CALLGRIND_OUT OPT_CODE_TXT BUNDLE_JS > counts.json\n       ir-lines.ts --diff A.json B.json BUNDLE_JS [TOP]\n');
  process.exit(2);
}
