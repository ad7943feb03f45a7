/**
 * Transactions over the shared heap: the STM algorithm (stm/README.md has
 * the protocol, its invariants and the proof sketch).
 *
 * Model — eager versioning with encounter-time write locks, invisible reads
 * validated at commit, a global commit counter:
 * - Every mutable object's STM word (header word 1) is either a version
 *   (even: 2, 4, 6, ... bumped by 2 each time a transaction that wrote the
 *   object commits or aborts) or a lock (odd: `slot << 1 | 1`, the owning
 *   transaction's slot). 0 means "never written": version 0.
 * - `openForRead(obj)` (once per object per transaction, a per-transaction
 *   filter drops repeats) reads the STM word with one Atomics.load and logs
 *   (obj, word). A word locked by another transaction is a conflict.
 * - `openForWrite(obj)` locks the object with one CAS, copies its words —
 *   and those of the backing stores it owns (a list's item array, a dict's
 *   tables), which are written under the owner's lock — to the undo log, and
 *   from then on the transaction writes them in place with plain stores.
 * - Commit: bump the global counter (one Atomics.add, only if the
 *   transaction wrote), validate the read log, and release each lock with
 *   the object's next version. The transaction is serialised at its
 *   validation, when it holds all its write locks. Validation is skipped
 *   when no other transaction held a lock when this one began and the
 *   counter, which also moves at each transaction's first lock and at each
 *   rollback, shows no other transaction's activity since: then nothing it
 *   read can have been dirty or overwritten (a read opens an object once, and
 *   later loads of it may see another transaction's uncommitted writes).
 * - Abort: copy the undo log back (newest first) and release the locks with
 *   a new version (and bump the counter), so that a transaction that read
 *   the dirty words fails its validation.
 * - Objects allocated by the running transaction are private until it
 *   commits: barriers skip refs allocated since `begin` in the worker's
 *   current allocation buffer.
 * - Inevitable: one transaction at a time may hold the inevitable token
 *   (the serial fallback, and I/O that cannot be undone). It never aborts:
 *   it takes the token, waits for commits in flight, validates what it has
 *   read; while it holds the token, other transactions cannot commit (they
 *   abort at commit and retry), and a lock it meets is taken from its owner
 *   (the owner is asked to abort and the inevitable one waits for the lock).
 *
 * The shared words (the counter, the token, one 16-word line per slot) live
 * in an STM area of the heap (`createStmArea`); each worker runs at most one
 * transaction at a time, its `Tx` (JS state: logs and filters, private to
 * the worker).
 */
import { allocationBufferStart, allocationTop, atomicAdd, atomicCas, atomicLoad, atomicStore, backingStores, load, objectWords, store, waitWord } from '../gc/heap.js';
import { H_STM } from '../gc/layout.js';

/** Thrown out of a barrier or commit when the transaction must abort; the caller rolls back and re-runs it. */
export class TxAbort {
  constructor(readonly reason: ConflictKind, readonly obj: number) {}
}

export const enum ConflictKind { READ_LOCKED = 1, WRITE_LOCKED, VALIDATION, INEVITABLE, REQUESTED, RETRY }

/** Slots are 1..MAX_SLOTS (a lock word holds the slot in 30 bits; 255 is plenty for a pool). */
export const MAX_SLOTS = 255;
/** Words per slot line (64 bytes, so slots do not share cache lines). */
const LINE = 16;
/** Area words: the counter, the token and padding on line 0, then one line per slot. */
export const STM_AREA_WORDS = LINE * (MAX_SLOTS + 1);
const A_CLOCK = 0;
const A_TOKEN = 1;
/** Transactions holding at least one lock. */
const A_WRITERS = 2;
/** Per-slot words. */
const S_ABORT_REQUEST = 0;
const S_COMMITTING = 1;

// ---------------------------------------------------------------------------
// Transaction descriptors

export class Tx {
  active = false;
  inevitable = false;
  startClock = 0;
  /** No other transaction held a lock when this one began. */
  cleanStart = false;
  /** Counter bumps made by this transaction since it began. */
  ownBumps = 0;
  /** Read log: pairs (object, STM word seen). */
  reads: Int32Array<ArrayBuffer> = new Int32Array(1024);
  nReads = 0;
  /** Write log: triples (object, STM word before locking, offset of its copy in `undo`). */
  writes: Int32Array<ArrayBuffer> = new Int32Array(384);
  nWrites = 0;
  undo: Int32Array<ArrayBuffer> = new Int32Array(4096);
  nUndo = 0;
  /**
   * Direct-mapped filters of objects already opened in this transaction (per-object barriers run once):
   * an entry counts only if its tag is the transaction's epoch, so `begin` clears them by counting.
   */
  readFilter = new Int32Array(FILTER_SIZE);
  readTag = new Int32Array(FILTER_SIZE);
  writeFilter = new Int32Array(FILTER_SIZE);
  writeTag = new Int32Array(FILTER_SIZE);
  epoch = 0;
  /** The allocation top at begin: refs from here to the allocation top, in the same allocation buffer, are this transaction's. */
  freshFrom = 0;
  /** Consecutive aborts of the current transaction (contention management). */
  retries = 0;
  /** How many times a non-inevitable transaction re-checks a locked object before aborting itself. */
  patience = 64;
  commits = 0;
  aborts = 0;

  constructor(readonly area: number, readonly slot: number) {
    if (slot < 1 || slot > MAX_SLOTS) throw new RangeError(`bad transaction slot ${slot}`);
  }

  get lockWord(): number {
    return (this.slot << 1) | 1;
  }
}

const FILTER_SIZE = 1024;
const FILTER_MASK = FILTER_SIZE - 1;

/** Words to allocate in the heap for the STM area (zeroed memory is its initial state). */
export function stmAreaWords(): number {
  return STM_AREA_WORDS;
}

/** The commit counter (for tests and --stats). */
export function commitCount(area: number): number {
  return atomicLoad(area + A_CLOCK);
}

function slotWord(tx: Tx, slot: number, word: number): number {
  return tx.area + LINE * slot + word;
}

// ---------------------------------------------------------------------------
// Begin, barriers

/** Starts a transaction; objects it allocates are private until it commits. */
export function begin(tx: Tx): void {
  tx.active = true;
  tx.startClock = atomicLoad(tx.area + A_CLOCK);
  tx.cleanStart = atomicLoad(tx.area + A_WRITERS) === 0;
  tx.ownBumps = 0;
  tx.nReads = tx.nWrites = tx.nUndo = 0;
  if (++tx.epoch === 0x7fffffff) {
    tx.epoch = 1;
    tx.readTag.fill(0);
    tx.writeTag.fill(0);
  }
  tx.freshFrom = allocationTop();
  atomicStore(slotWord(tx, tx.slot, S_ABORT_REQUEST), 0);
}

/**
 * Was `obj` allocated by this transaction? Those after `freshFrom` in the
 * current allocation buffer were; if the buffer was replaced during the
 * transaction, only the new buffer's objects are recognised (the others
 * just take the barrier: correct, slower).
 */
function isFresh(tx: Tx, obj: number): boolean {
  return obj >= tx.freshFrom && obj >= allocationBufferStart() && obj < allocationTop();
}

/** Read barrier: call before the first read of a mutable object's fields in the transaction. */
export function openForRead(tx: Tx, obj: number): void {
  if (!tx.active || isFresh(tx, obj)) return;
  const h = (obj >> 1) & FILTER_MASK;
  if ((tx.readFilter[h] === obj && tx.readTag[h] === tx.epoch) || (tx.writeFilter[h] === obj && tx.writeTag[h] === tx.epoch)) return;
  let word = atomicLoad(obj + H_STM);
  if (word & 1) {
    if (word === tx.lockWord) return;
    word = waitForLock(tx, obj, ConflictKind.READ_LOCKED);
  }
  if (tx.nReads * 2 + 2 > tx.reads.length) tx.reads = grow(tx.reads);
  tx.reads[tx.nReads * 2] = obj;
  tx.reads[tx.nReads * 2 + 1] = word;
  tx.nReads++;
  tx.readFilter[h] = obj;
  tx.readTag[h] = tx.epoch;
}

/** Write barrier: call before the first change to a mutable object's fields in the transaction. */
export function openForWrite(tx: Tx, obj: number): void {
  if (!tx.active || isFresh(tx, obj)) return;
  const h = (obj >> 1) & FILTER_MASK;
  if (tx.writeFilter[h] === obj && tx.writeTag[h] === tx.epoch) return;
  for (;;) {
    let word = atomicLoad(obj + H_STM);
    if (word === tx.lockWord) break;
    if (word & 1) word = waitForLock(tx, obj, ConflictKind.WRITE_LOCKED);
    if (atomicCas(obj + H_STM, word, tx.lockWord) !== word) continue;
    logWrite(tx, obj, word);
    break;
  }
  tx.writeFilter[h] = obj;
  tx.writeTag[h] = tx.epoch;
}

const stores: number[] = [];

/**
 * Logs `obj` (now locked by `tx`) for undo: its words, and those of the
 * backing stores it owns (a list's item array, a dict's tables), which the
 * runtime writes under the owner's lock without opening them itself; they
 * are logged as shadows (restored on abort, no lock of their own).
 */
function logWrite(tx: Tx, obj: number, oldWord: number): void {
  if (tx.nWrites === 0) {
    atomicAdd(tx.area + A_WRITERS, 1);
    atomicAdd(tx.area + A_CLOCK, 1);
    tx.ownBumps++;
  }
  logCopy(tx, obj, oldWord);
  const k = backingStores(obj, stores);
  for (let i = 0; i < k; i++) if (!isFresh(tx, stores[i]!)) logCopy(tx, stores[i]!, SHADOW);
}

/** The old-word mark of a shadow entry in the write log. */
const SHADOW = -1;

function logCopy(tx: Tx, obj: number, oldWord: number): void {
  const n = objectWords(obj);
  while (tx.nUndo + n > tx.undo.length) tx.undo = grow(tx.undo);
  for (let i = 0; i < n; i++) tx.undo[tx.nUndo + i] = load(obj + i);
  if (oldWord !== SHADOW) tx.undo[tx.nUndo + H_STM] = oldWord;
  if (tx.nWrites * 3 + 3 > tx.writes.length) tx.writes = grow(tx.writes);
  tx.writes[tx.nWrites * 3] = obj;
  tx.writes[tx.nWrites * 3 + 1] = oldWord;
  tx.writes[tx.nWrites * 3 + 2] = tx.nUndo;
  tx.nWrites++;
  tx.nUndo += n;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * `obj` is locked by another transaction. An inevitable transaction asks the
 * owner to abort and waits for the lock; any other waits a little, then
 * aborts itself (it holds locks, so waiting longer could deadlock).
 * Returns the unlocked word.
 */
function waitForLock(tx: Tx, obj: number, kind: ConflictKind): number {
  for (let spin = 0; ; spin++) {
    const word = atomicLoad(obj + H_STM);
    if ((word & 1) === 0) return word;
    if (tx.inevitable) atomicStore(slotWord(tx, word >>> 1, S_ABORT_REQUEST), 1);
    else if (spin >= tx.patience) throw new TxAbort(kind, obj);
    checkAbortRequest(tx);
    if (spin > 16) waitWord(obj + H_STM, word, 0.02);
  }
}

/** Aborts if another (inevitable) transaction asked this one to; called by barriers and at boundaries. */
export function checkAbortRequest(tx: Tx): void {
  if (!tx.inevitable && atomicLoad(slotWord(tx, tx.slot, S_ABORT_REQUEST)) !== 0) {
    throw new TxAbort(ConflictKind.REQUESTED, 0);
  }
}

// ---------------------------------------------------------------------------
// Validation, commit, abort

/** Are all reads still current? (Cheap when no other transaction has been active since this one began.) */
export function validate(tx: Tx): boolean {
  return validateReadsIfChanged(tx) === true;
}

/** The first object read whose STM word changed, or true if none did. */
function validateReads(tx: Tx): number | true {
  for (let i = 0; i < tx.nReads; i++) {
    const obj = tx.reads[i * 2]!, seen = tx.reads[i * 2 + 1]!;
    const now = atomicLoad(obj + H_STM);
    if (now === seen) continue;
    if (now === tx.lockWord && writeLogWord(tx, obj) === seen) continue;
    return obj;
  }
  return true;
}

function writeLogWord(tx: Tx, obj: number): number {
  for (let i = 0; i < tx.nWrites; i++) if (tx.writes[i * 3] === obj && tx.writes[i * 3 + 1] !== SHADOW) return tx.writes[i * 3 + 1]!;
  return -2;
}

/**
 * Commits, or throws TxAbort after rolling back (the caller re-runs the
 * transaction). A read-only transaction only validates.
 */
export function commit(tx: Tx): void {
  if (!tx.active) return;
  const committing = slotWord(tx, tx.slot, S_COMMITTING);
  if (!tx.inevitable) {
    atomicStore(committing, 1);
    const token = atomicLoad(tx.area + A_TOKEN);
    if (token !== 0 && tx.nWrites > 0) {
      atomicStore(committing, 0);
      rollback(tx);
      throw new TxAbort(ConflictKind.INEVITABLE, 0);
    }
  }
  if (tx.nWrites > 0) {
    const before = atomicAdd(tx.area + A_CLOCK, 1);
    if (!(tx.cleanStart && before - tx.startClock === tx.ownBumps) && !tx.inevitable) {
      const bad = validateReads(tx);
      if (bad !== true) {
        atomicStore(committing, 0);
        rollback(tx);
        throw new TxAbort(ConflictKind.VALIDATION, bad);
      }
    }
    for (let i = 0; i < tx.nWrites; i++) if (tx.writes[i * 3 + 1] !== SHADOW) release(tx.writes[i * 3]!, tx.writes[i * 3 + 1]!);
    atomicAdd(tx.area + A_WRITERS, -1);
  } else if (!tx.inevitable) {
    const bad = validateReadsIfChanged(tx);
    if (bad !== true) {
      atomicStore(committing, 0);
      rollback(tx);
      throw new TxAbort(ConflictKind.VALIDATION, bad);
    }
  }
  atomicStore(committing, 0);
  finish(tx);
  tx.commits++;
  tx.retries = 0;
}

function validateReadsIfChanged(tx: Tx): number | true {
  return tx.cleanStart && atomicLoad(tx.area + A_CLOCK) - tx.startClock === tx.ownBumps ? true : validateReads(tx);
}

/** Unlocks `obj` with the version after `oldWord`, waking anyone sleeping on it. */
function release(obj: number, oldWord: number): void {
  atomicStore(obj + H_STM, (oldWord + 2) & 0x7ffffffe);
}

/**
 * Rolls back every write (newest first), releases the locks, ends the
 * transaction. The commit counter moves too: a transaction that read the
 * dirty words between a lock and this release must not skip its validation.
 */
export function rollback(tx: Tx): void {
  if (tx.nWrites > 0) atomicAdd(tx.area + A_CLOCK, 1);
  for (let i = tx.nWrites - 1; i >= 0; i--) {
    const obj = tx.writes[i * 3]!, oldWord = tx.writes[i * 3 + 1]!, at = tx.writes[i * 3 + 2]!;
    const n = objectWordsFromUndo(tx, i);
    for (let k = 0; k < n; k++) if (k !== H_STM) store(obj + k, tx.undo[at + k]!);
    if (oldWord !== SHADOW) release(obj, oldWord);
  }
  if (tx.nWrites > 0) atomicAdd(tx.area + A_WRITERS, -1);
  finish(tx);
  tx.aborts++;
  tx.retries++;
}

function objectWordsFromUndo(tx: Tx, i: number): number {
  const at = tx.writes[i * 3 + 2]!;
  const next = i + 1 < tx.nWrites ? tx.writes[(i + 1) * 3 + 2]! : tx.nUndo;
  return next - at;
}

function finish(tx: Tx): void {
  if (tx.inevitable) {
    atomicStore(tx.area + A_TOKEN, 0);
    tx.inevitable = false;
  }
  tx.active = false;
  tx.nReads = tx.nWrites = tx.nUndo = 0;
}

// ---------------------------------------------------------------------------
// Inevitability

/**
 * Makes the running transaction inevitable (before an operation that
 * cannot be undone): takes the token (waiting while another holds it),
 * waits for commits in flight, then validates. Throws TxAbort (after rolling
 * back) if what it read is already stale: it then re-runs, and the retry
 * takes the token before it reads anything.
 */
export function becomeInevitable(tx: Tx): void {
  if (tx.inevitable) return;
  for (let spin = 0; atomicCas(tx.area + A_TOKEN, 0, tx.slot) !== 0; spin++) {
    checkAbortRequest(tx);
    if (tx.nWrites > 0 && spin > 64) {
      rollback(tx);
      throw new TxAbort(ConflictKind.INEVITABLE, 0);
    }
    waitWord(tx.area + A_TOKEN, atomicLoad(tx.area + A_TOKEN), 0.05);
  }
  tx.inevitable = true;
  for (let s = 1; s <= MAX_SLOTS; s++) {
    if (s === tx.slot) continue;
    while (atomicLoad(slotWord(tx, s, S_COMMITTING)) !== 0) { /* a commit in flight: it is short */ }
  }
  const bad = validateReadsIfChanged(tx);
  if (bad !== true) {
    rollback(tx);
    throw new TxAbort(ConflictKind.VALIDATION, bad);
  }
}
