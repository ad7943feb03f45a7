/**
 * `time`: https://docs.python.org/3.11/library/time.html
 *
 * Model: clocks read Node's (wall clock from `performance.timeOrigin +
 * performance.now()`, monotonic and perf counters from `process.hrtime`,
 * CPU time from `process.cpuUsage`). Calendar conversions are done here in
 * proleptic Gregorian arithmetic on day numbers (days since 1970-01-01),
 * so they cover the full range CPython accepts; local time is UTC shifted
 * by the offset JS's Date reports for that instant. `struct_time` is a heap
 * class (native-class.ts) whose instances keep their nine fields plus
 * `tm_zone` / `tm_gmtoff` in their dict; functions taking a time tuple
 * accept it or a plain 9-tuple, checked as CPython's gettmarg / checktm.
 * strftime implements the C locale's directives (glibc flags and widths
 * included); unknown directives are copied through.
 *
 * Invariants: no state besides the struct_time class in the module dict;
 * `sleep` blocks the calling Python thread through the scheduler
 * (`threadHost`), letting other threads run.
 */
import { threadHost } from '../runtime/thread-host.js';
import { K, MODULE_DICT, raise, small, T, typeOf } from '../objects/core.js';
import { allocateLayout, load } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { floatValue, newFloat } from '../objects/float.js';
import { intFromBigInt, intFromNumber, isInt, toBigInt } from '../objects/int.js';
import { callObject, CMP, compare, getIter, reprOf, toArray, typeNameOf, getItem } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { isSubtype, typeLookup } from '../objects/type.js';
import { argFloat } from './math.js';
import { instanceDict, makeNativeClass } from './native-class.js';
import type { ModuleSpec } from './registry.js';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A broken-down time: Python conventions (month 1-12, wday Monday=0, yday 1-366). */
interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number;
  zone: string; gmtoff: number;
}

// ---------------------------------------------------------------------------
// Calendar arithmetic

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Days since 1970-01-01 of y-m-d (any month / day, normalised). */
function daysFromCivil(y: number, m: number, d: number): number {
  y += floorDiv(m - 1, 12);
  m = ((m - 1) % 12 + 12) % 12 + 1;
  y -= m <= 2 ? 1 : 0;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const doy = floorDiv(153 * (m + (m > 2 ? -3 : 9)) + 2, 5) + d - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function tmFromSeconds(secs: number, gmtoff: number, zone: string, isdst: number): Tm {
  const t = secs + gmtoff;
  const days = floorDiv(t, 86400);
  const rem = t - days * 86400;
  const [year, mon, mday] = civilFromDays(days);
  const yday = days - daysFromCivil(year, 1, 1) + 1;
  const wday = ((days + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday (3)
  return { year, mon, mday, hour: floorDiv(rem, 3600), min: floorDiv(rem % 3600, 60), sec: rem % 60, wday, yday, isdst, zone, gmtoff };
}

// ---------------------------------------------------------------------------
// Local time zone (from JS's Date; the machine's zone)

function zoneName(d: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
  } catch {
    return 'UTC';
  }
}

/** UTC offset (seconds east) and DST flag at epoch second `secs`. */
function localOffset(secs: number): [number, number, string] {
  const clamped = Math.max(-8.64e12, Math.min(8.64e12, secs));
  const d = new Date(clamped * 1000);
  const off = -d.getTimezoneOffset() * 60;
  const y = d.getUTCFullYear();
  const jan = -new Date(Date.UTC(y, 0, 1)).getTimezoneOffset() * 60, jul = -new Date(Date.UTC(y, 6, 1)).getTimezoneOffset() * 60;
  const isdst = jan !== jul && off === Math.max(jan, jul) ? 1 : 0;
  const name = zoneName(d);
  return [off, isdst, name === 'GMT' && off === 0 ? 'UTC' : name];
}

function standardZone(): { timezone: number; altzone: number; daylight: number; tzname: [string, string] } {
  const y = new Date().getUTCFullYear();
  const jan = new Date(Date.UTC(y, 0, 1)), jul = new Date(Date.UTC(y, 6, 1));
  const janOff = -jan.getTimezoneOffset() * 60, julOff = -jul.getTimezoneOffset() * 60;
  const fix = (n: string, off: number) => (n === 'GMT' && off === 0 ? 'UTC' : n);
  const [std, dst] = janOff <= julOff ? [jan, jul] : [jul, jan];
  const stdOff = Math.min(janOff, julOff), dstOff = Math.max(janOff, julOff);
  return { timezone: -stdOff, altzone: -dstOff, daylight: janOff !== julOff ? 1 : 0, tzname: [fix(zoneName(std), stdOff), fix(zoneName(dst), dstOff)] };
}

// ---------------------------------------------------------------------------
// Arguments

/** A seconds argument (None = now) as whole seconds, floored as CPython. */
function secondsArg(a: number[]): number {
  const v = a.length ? a[0]! : K.None;
  if (v === K.None) return Math.floor(nowSeconds());
  let x: number;
  if (typeOf(v) === T.float || isSubtype(typeOf(v), T.float)) {
    x = floatValue(v);
    if (x !== x) throw raise(T.ValueError, 'Invalid value NaN (not a number)');
    x = Math.floor(x);
  } else if (isInt(v)) {
    const b = toBigInt(v);
    if (b > 2n ** 63n - 1n || b < -(2n ** 63n)) throw raise(T.OverflowError, 'timestamp out of range for platform time_t');
    x = Number(b);
  } else throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  if (Math.abs(x) >= 2 ** 63) throw raise(T.OverflowError, 'timestamp out of range for platform time_t');
  if (Math.abs(x) > 67767976233316800) throw raise(T.OverflowError, 'timestamp out of range for platform time_t');
  return x;
}

function structTimeClass(): number {
  const m = dictGetStr(K.sysModules, intern('time'));
  return m ? dictGetStr(load(m + MODULE_DICT), intern('struct_time')) : 0;
}

function isStructTime(v: number): boolean {
  const cls = structTimeClass();
  return cls !== 0 && !(v & 1) && isSubtype(typeOf(v), cls);
}

function intField(v: number): number {
  if (!isInt(v)) throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const b = toBigInt(v);
  if (b > 2147483647n || b < -2147483648n) throw raise(T.OverflowError, 'Python int too large to convert to C int');
  return Number(b);
}

/** gettmarg: a struct_time or a 9-tuple as a Tm (Python conventions, unchecked). */
function tmArg(v: number, who: string): Tm {
  let items: number[];
  let zone: string | null = null, gmtoff: number | null = null;
  if (isStructTime(v)) {
    const d = instanceDict(v, 'time.struct_time');
    items = FIELDS.map((f) => dictGetStr(d, intern(f)) || small(0));
    const z = dictGetStr(d, intern('tm_zone')), g = dictGetStr(d, intern('tm_gmtoff'));
    if (z && z !== K.None) zone = jsString(z);
    if (g && g !== K.None) gmtoff = intField(g);
  } else if (typeOf(v) === T.tuple) {
    items = tupleItems(v);
    if (items.length !== 9) throw raise(T.TypeError, `${who}(): illegal time tuple argument`);
  } else throw raise(T.TypeError, 'Tuple or struct_time argument required');
  const n = items.map(intField);
  const tz = standardZone();
  const isdst = n[8]!;
  return {
    year: n[0]!, mon: n[1]!, mday: n[2]!, hour: n[3]!, min: n[4]!, sec: n[5]!, wday: n[6]!, yday: n[7]!, isdst,
    zone: zone ?? tz.tzname[isdst > 0 ? 1 : 0], gmtoff: gmtoff ?? -(isdst > 0 ? tz.altzone : tz.timezone),
  };
}

/** checktm (after strftime's normalisation of zero fields). */
function checkTm(tm: Tm, normaliseZeros: boolean): void {
  if (normaliseZeros) {
    if (tm.mon === 0) tm.mon = 1;
    if (tm.mday === 0) tm.mday = 1;
    if (tm.yday === 0) tm.yday = 1;
  }
  if (tm.mon < 1 || tm.mon > 12) throw raise(T.ValueError, 'month out of range');
  if (tm.mday < 1 || tm.mday > 31) throw raise(T.ValueError, 'day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw raise(T.ValueError, 'hour out of range');
  if (tm.min < 0 || tm.min > 59) throw raise(T.ValueError, 'minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw raise(T.ValueError, 'seconds out of range');
  // Python's Monday=0 becomes C's Sunday=0 with C's % (sign of the dividend).
  if ((tm.wday + 1) % 7 < 0) throw raise(T.ValueError, 'day of week out of range');
  if (tm.yday < 1 || tm.yday > 366) throw raise(T.ValueError, 'day of year out of range');
}

// ---------------------------------------------------------------------------
// struct_time objects

function newStructTime(tm: Tm): number {
  const cls = structTimeClass();
  const obj = callStructTime(cls, [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst]);
  const d = instanceDict(obj, 'time.struct_time');
  dictSet(d, intern('tm_zone'), newStr(tm.zone));
  dictSet(d, intern('tm_gmtoff'), intFromNumber(tm.gmtoff));
  return obj;
}

function callStructTime(cls: number, values: number[]): number {
  const obj = allocateLayout(L.OBJECT, 0, cls);
  fillStructTime(obj, values.map(intFromNumber), K.None, K.None);
  return obj;
}

function fillStructTime(obj: number, items: number[], zone: number, gmtoff: number): void {
  const d = instanceDict(obj, 'time.struct_time');
  FIELDS.forEach((f, i) => dictSet(d, intern(f), items[i]!));
  dictSet(d, intern('tm_zone'), zone);
  dictSet(d, intern('tm_gmtoff'), gmtoff);
  dictSet(d, intern('_fields'), newTuple(items.slice(0, 9)));
}

function stFields(self: number): number {
  const t = dictGetStr(instanceDict(self, 'time.struct_time'), intern('_fields'));
  if (!t) throw raise(T.TypeError, "descriptor requires a 'time.struct_time' object");
  return t;
}

function structTimeInit(a: number[], kw: readonly string[] | null): number {
  if (kw && kw.length) throw raise(T.TypeError, 'struct_time() takes no keyword arguments');
  if (a.length !== 2) throw raise(T.TypeError, `struct_time() takes at most 2 arguments (${a.length - 1} given)`);
  const t = typeOf(a[1]!);
  if (!typeLookup(t, intern('__iter__')) && !typeLookup(t, intern('__getitem__'))) throw raise(T.TypeError, 'constructor requires a sequence');
  const items = toArray(a[1]!);
  if (items.length < 9) throw raise(T.TypeError, `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
  if (items.length > 11) throw raise(T.TypeError, `time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
  fillStructTime(a[0]!, items, items[9] ?? K.None, items[10] ?? K.None);
  return K.None;
}

function otherFields(v: number): number {
  if (typeOf(v) === T.tuple) return v;
  if (isStructTime(v)) return stFields(v);
  return 0;
}

function stCompare(op: number) {
  return (a: number[]): number => {
    const other = otherFields(a[1]!);
    if (!other) return K.NotImplemented;
    return compare(stFields(a[0]!), other, op);
  };
}

// ---------------------------------------------------------------------------
// strftime

function pad(n: number, width: number, fill: string): string {
  const s = String(Math.abs(n));
  const body = s.length >= width ? s : fill.repeat(width - s.length) + s;
  return (n < 0 ? '-' : '') + body;
}

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const wdayIso = tm.wday + 1; // Monday=1
  const days = daysFromCivil(tm.year, tm.mon, tm.mday);
  const thursday = days - wdayIso + 4;
  const [isoYear] = civilFromDays(thursday);
  const week = floorDiv(thursday - daysFromCivil(isoYear, 1, 1), 7) + 1;
  return [isoYear, week];
}

function directive(tm: Tm, c: string, secs: () => number): [string, number, string] | string | null {
  const cwday = (tm.wday + 1) % 7; // C: Sunday=0
  const yday0 = tm.yday - 1;
  const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  switch (c) {
    case 'a': return DAYS[((tm.wday % 7) + 7) % 7]!.slice(0, 3);
    case 'A': return DAYS[((tm.wday % 7) + 7) % 7]!;
    case 'b': case 'h': return MONTHS[tm.mon - 1]!.slice(0, 3);
    case 'B': return MONTHS[tm.mon - 1]!;
    case 'c': return strftime('%a %b %e %H:%M:%S %Y', tm);
    case 'C': return [String(floorDiv(tm.year, 100)), 2, '0'];
    case 'd': return [String(tm.mday), 2, '0'];
    case 'D': return strftime('%m/%d/%y', tm);
    case 'e': return [String(tm.mday), 2, ' '];
    case 'F': return strftime('%Y-%m-%d', tm);
    case 'g': return [String(((isoWeek(tm)[0] % 100) + 100) % 100), 2, '0'];
    case 'G': return [String(isoWeek(tm)[0]), 1, '0'];
    case 'H': return [String(tm.hour), 2, '0'];
    case 'I': return [String(h12), 2, '0'];
    case 'j': return [String(tm.yday), 3, '0'];
    case 'k': return [String(tm.hour), 2, ' '];
    case 'l': return [String(h12), 2, ' '];
    case 'm': return [String(tm.mon), 2, '0'];
    case 'M': return [String(tm.min), 2, '0'];
    case 'n': return '\n';
    case 'p': return tm.hour < 12 ? 'AM' : 'PM';
    case 'P': return tm.hour < 12 ? 'am' : 'pm';
    case 'r': return strftime('%I:%M:%S %p', tm);
    case 'R': return strftime('%H:%M', tm);
    case 's': return [String(secs()), 1, '0'];
    case 'S': return [String(tm.sec), 2, '0'];
    case 't': return '\t';
    case 'T': return strftime('%H:%M:%S', tm);
    case 'u': return [String(cwday === 0 ? 7 : cwday), 1, '0'];
    case 'U': return [String(floorDiv(yday0 + 7 - cwday, 7)), 2, '0'];
    case 'V': return [String(isoWeek(tm)[1]), 2, '0'];
    case 'w': return [String(cwday), 1, '0'];
    case 'W': return [String(floorDiv(yday0 + 7 - ((cwday + 6) % 7), 7)), 2, '0'];
    case 'x': return strftime('%m/%d/%y', tm);
    case 'X': return strftime('%H:%M:%S', tm);
    case 'y': return [String(((tm.year % 100) + 100) % 100), 2, '0'];
    case 'Y': return [String(tm.year), 1, '0'];
    case 'z': {
      const off = Math.abs(tm.gmtoff);
      return (tm.gmtoff < 0 ? '-' : '+') + pad(floorDiv(off, 3600), 2, '0') + pad(floorDiv(off % 3600, 60), 2, '0');
    }
    case 'Z': return tm.zone;
    case '%': return '%';
    default: return null;
  }
}

function strftime(fmt: string, tm: Tm): string {
  const secs = () => mktimeSeconds(tm);
  return fmt.replace(/%([-_0^#]?)(\d*)([a-zA-Z%])|%$/g, (whole, flag: string, width: string, c: string) => {
    if (c === undefined) return whole;
    const r = directive(tm, c, secs);
    if (r === null) return whole;
    let s: string;
    if (typeof r === 'string') {
      s = width ? r.padStart(Number(width), flag === '0' ? '0' : ' ') : r;
    } else {
      const [digits, natural, fill] = r;
      const neg = digits.startsWith('-');
      const body = neg ? digits.slice(1) : digits;
      const w = width ? Number(width) : natural;
      const f = flag === '-' ? '' : flag === '_' ? ' ' : flag === '0' ? '0' : fill;
      s = (neg ? '-' : '') + (f ? body.padStart(w - (neg ? 1 : 0), f) : body);
    }
    if (flag === '^') s = s.toUpperCase();
    if (flag === '#') s = s === s.toUpperCase() ? s.toLowerCase() : s.toUpperCase();
    return s;
  });
}

function asctime(tm: Tm): string {
  const day = DAYS[((tm.wday % 7) + 7) % 7]!.slice(0, 3), mon = MONTHS[tm.mon - 1]!.slice(0, 3);
  return `${day} ${mon}${String(tm.mday).padStart(3)} ${pad(tm.hour, 2, '0')}:${pad(tm.min, 2, '0')}:${pad(tm.sec, 2, '0')} ${tm.year}`;
}

function mktimeSeconds(tm: Tm): number {
  const local = daysFromCivil(tm.year, tm.mon, tm.mday) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
  const [off] = localOffset(local);
  return local - off;
}

// ---------------------------------------------------------------------------
// Clocks and sleep

function nowSeconds(): number {
  return (performance.timeOrigin + performance.now()) / 1000;
}
function nowNs(): bigint {
  return BigInt(Math.round(performance.timeOrigin * 1000)) * 1000n + process.hrtime.bigint() - hrOrigin();
}
// Read on first use: the global `performance` loads node:perf_hooks, a cost at start-up.
let HR_ORIGIN: bigint | undefined;
function hrOrigin(): bigint {
  return (HR_ORIGIN ??= process.hrtime.bigint() - BigInt(Math.round(performance.now() * 1e6)));
}

function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

function sleep(a: number[]): number {
  const v = a[0]!;
  if (typeOf(v) !== T.float && !isInt(v)) throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const secs = argFloat(v);
  if (secs !== secs) throw raise(T.ValueError, 'Invalid value NaN (not a number)');
  if (secs < 0) throw raise(T.ValueError, 'sleep length must be non-negative');
  threadHost.sleep(secs);
  return K.None;
}

function localTm(secs: number): Tm {
  const [off, isdst, name] = localOffset(secs);
  return tmFromSeconds(secs, off, name, isdst);
}

const f = (x: number) => newFloat(x);
const ns = (b: bigint) => intFromBigInt(b);

export const timeModule: ModuleSpec = {
  name: 'time',
  doc: 'This module provides various functions to manipulate time values.',
  functions: {
    time: () => f(nowSeconds()),
    time_ns: () => ns(nowNs()),
    perf_counter: () => f(Number(process.hrtime.bigint()) / 1e9),
    perf_counter_ns: () => ns(process.hrtime.bigint()),
    monotonic: () => f(Number(process.hrtime.bigint()) / 1e9),
    monotonic_ns: () => ns(process.hrtime.bigint()),
    process_time: () => f(Number(cpuNs()) / 1e9),
    process_time_ns: () => ns(cpuNs()),
    thread_time: () => f(Number(cpuNs()) / 1e9),
    thread_time_ns: () => ns(cpuNs()),
    sleep,
    gmtime: (a) => newStructTime(tmFromSeconds(secondsArg(a), 0, 'GMT', 0)),
    localtime: (a) => newStructTime(localTm(secondsArg(a))),
    mktime: (a) => {
      const tm = tmArg(a[0]!, 'mktime');
      const r = mktimeSeconds(tm);
      if (!isFinite(r) || Math.abs(r) > 2 ** 63) throw raise(T.OverflowError, 'mktime argument out of range');
      return f(r);
    },
    strftime: (a) => {
      if (typeOf(a[0]!) !== T.str) throw raise(T.TypeError, `strftime() argument 1 must be str, not ${typeNameOf(a[0]!)}`);
      const tm = a.length > 1 ? tmArg(a[1]!, 'strftime') : localTm(Math.floor(nowSeconds()));
      checkTm(tm, true);
      if (tm.isdst < -1) tm.isdst = -1; else if (tm.isdst > 1) tm.isdst = 1;
      return newStr(strftime(jsString(a[0]!), tm));
    },
    asctime: (a) => {
      const tm = a.length && a[0] !== K.None ? tmArg(a[0]!, 'asctime') : localTm(Math.floor(nowSeconds()));
      checkTm(tm, false);
      return newStr(asctime(tm));
    },
    ctime: (a) => newStr(asctime(localTm(secondsArg(a)))),
    'struct_time.__init__': structTimeInit,
    'struct_time.__repr__': (a) => {
      const items = tupleItems(stFields(a[0]!));
      return newStr(`time.struct_time(${FIELDS.map((n, i) => `${n}=${reprOf(items[i]!)}`).join(', ')})`);
    },
    'struct_time.__len__': () => small(9),
    'struct_time.__getitem__': (a) => getItem(stFields(a[0]!), a[1]!),
    'struct_time.__iter__': (a) => getIter(stFields(a[0]!)),
    'struct_time.__hash__': (a) => callObject(dictGetStr(K.builtinsDict, intern('hash')), [stFields(a[0]!)]),
    'struct_time.__eq__': stCompare(CMP.EQ),
    'struct_time.__ne__': stCompare(CMP.NE),
    'struct_time.__lt__': stCompare(CMP.LT),
    'struct_time.__le__': stCompare(CMP.LE),
    'struct_time.__gt__': stCompare(CMP.GT),
    'struct_time.__ge__': stCompare(CMP.GE),
    'struct_time.__reduce__': (a) => newTuple([typeOf(a[0]!), newTuple([stFields(a[0]!)])]),
  },
  arity: {
    time: '', time_ns: '', perf_counter: '', perf_counter_ns: '', monotonic: '', monotonic_ns: '',
    process_time: '', process_time_ns: '', thread_time: '', thread_time_ns: '', sleep: 'O',
    gmtime: '=0-1', localtime: '=0-1', mktime: 'O', strftime: '=1-2', asctime: '=0-1', ctime: '=0-1',
  },
  init: (d) => {
    const tz = standardZone();
    dictSet(d, intern('timezone'), intFromNumber(tz.timezone));
    dictSet(d, intern('altzone'), intFromNumber(tz.altzone));
    dictSet(d, intern('daylight'), intFromNumber(tz.daylight));
    dictSet(d, intern('tzname'), newTuple([newStr(tz.tzname[0]), newStr(tz.tzname[1])]));
    makeNativeClass(d, 'time', 'struct_time', {
      n_sequence_fields: small(9), n_fields: small(11), n_unnamed_fields: small(0),
      __doc__: newStr('The time value as returned by gmtime(), localtime(), and strptime()'),
    });
  },
};

