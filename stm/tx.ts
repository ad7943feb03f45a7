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
 * - Large backing stores (a list's item array, a dict's entries, with more
 *   than CARDED_MIN_WORDS data words) are versioned per card of CARD_WORDS
 *   words, not as a whole: each card's STM word is an ownership record in a
 *   table of the STM area, chosen by hashing the card's address (two cards
 *   may share a record: a false conflict, never a missed one). The owner's
 *   own STM word then covers its fields (length, the store's address) and the
 *   store's fixed prefix; every write of a card's words happens under the
 *   card's lock, whoever writes them, and every read of them after a read of
 *   the card's record (`openItemForRead` / `openItemForWrite` and the range
 *   forms). Threads writing different elements of one shared list or dict
 *   then lock different cards and do not conflict; a write to a card re-checks
 *   that the owner is unchanged since it was read, so a store address read
 *   from a stale owner is never written through.
 * - Objects allocated by the running transaction are private until it
 *   commits: its barriers skip refs allocated since `begin` in the worker's
 *   current allocation buffer. Other transactions can still reach them
 *   through a plain read of a field the allocator wrote in place (a zombie:
 *   it opened the container before), so each is born with a fresh mark as
 *   its STM word (`seq << 9 | slot << 1 | 1`): a lock of the allocator's
 *   slot while that slot still runs transaction `seq` (its line's S_SEQ),
 *   version 0 once it has ended, which whoever meets it next settles with a
 *   CAS. Commit then does nothing per fresh object. (Without it a zombie
 *   locked a fresh object, copied it, and its rollback wrote the copy over
 *   the allocator's later, committed writes: lists lost items.)
 * - Inevitable: one transaction at a time may hold the inevitable token
 *   (the serial fallback, and I/O that cannot be undone). It never aborts:
 *   it takes the token, waits for commits in flight, validates what it has
 *   read; while it holds the token, other transactions cannot commit (they
 *   abort at commit and retry) nor take new locks (a lock taken would let the
 *   inevitable transaction's later loads see uncommitted data), and a lock
 *   it meets is taken from its owner (the owner is asked to abort and the
 *   inevitable one waits for the lock).
 *
 * - Types are read without barriers (the attribute and method caches check
 *   a type's version on nearly every attribute access; a third of the read
 *   barriers of object-heavy programs were on types). Their writers are
 *   counted instead: a transaction's first lock of a type object announces
 *   it (A_TYPE_WRITERS, and A_TYPE_SEQ bumped), its end withdraws it
 *   (A_TYPE_SEQ bumped again). A transaction is valid only if no other
 *   transaction wrote a type while it ran: A_TYPE_SEQ unchanged since its
 *   `begin` (loaded first), and no type writer at its `begin` (loaded
 *   second; so no writer's start or end can fall between the two unseen).
 *   Writing a class attribute thus aborts the transactions running beside
 *   it, which is rare next to reading one. An inevitable transaction, which
 *   cannot abort, first has the type writers beside it abort and waits for
 *   them to end; while it holds the token no other lock is taken.
 * - Instances: a dict stands in for its instance. An instance's STM word
 *   covers only its dict word; a reader loads the word, read-opens the
 *   dict, and looks at the word again: if it still holds the dict, the
 *   instance is not opened (vm/objects/protocol.ts `loadObjDict`). Whoever
 *   changes a non-zero dict word locks the old and the new dict, and a dict
 *   made on a first store is fresh (born locked), so a change committed
 *   before the dict's barrier shows in the second look and one committed
 *   after it changes the dict's version, which the reader validates.
 * - Caches: a per-worker cache keyed by a version that a rollback restores
 *   (the interpreter's inline caches and the type lookup cache, keyed by a
 *   type's version or a dict's keys version) must not keep what a doomed
 *   transaction put there. Such a zombie may read a write in flight with no
 *   barrier (a filter hit on a dict it opened before the writer locked it),
 *   and cache it under the version the writer's rollback makes current
 *   again: a method of a class swapped inside `atomic` was then seen beside
 *   the old value of a class attribute swapped with it (3 runs in 45). So
 *   each fill made inside a transaction is logged (`noteCacheFill`) and its
 *   rollback empties the entry; past FILL_LOG_CAP fills it empties every
 *   such cache (`setCacheReset`). Checking A_TYPE_SEQ at the fill would not
 *   do: a writer changes a type's dict before it locks the type.
 * - Commit actions (`afterCommit`): what may happen only once the
 *   transaction's effects are visible (waking the threads blocked on a lock
 *   it released) runs after its commit, with no transaction active, in the
 *   order registered; a rollback drops them.
 * - A lock object's wait list (its ref word) is the scheduler's, changed
 *   outside transactions under the scheduler lock: a write-open logs only the
 *   lock's raw words, so a rollback never undoes a waiter's arrival.
 *
 * The shared words (the counter, the token, one 16-word line per slot, the
 * cards' ownership records) live in an STM area of the heap (`createStmArea`); each worker runs at most one
 * transaction at a time, its `Tx` (JS state: logs and filters, private to
 * the worker).
 */
import { TYPE_LAYOUT_FIELD, allocatedSinceWatch, atomicAdd, atomicCas, atomicLoad, atomicStore, backingStores, load, objectWords, store, waitWord, watchAllocations } from '../gc/heap.js';
import { H_STM, HEADER_WORDS, L, LAYOUTS, tailStart } from '../gc/layout.js';

/** Thrown out of a barrier or commit when the transaction must abort; the caller rolls back and re-runs it. */
export class TxAbort {
  /** Where the aborted transaction was (a code object and an instruction index), if the interpreter knew. */
  code = 0;
  pc = -1;
  /**
   * `obj`: the object met (for a card, its owner if known, else the backing
   * store); `at`: the card's STM word (ownership record) address, else 0;
   * `owner`: the slot of the transaction on the other side, if known;
   * `item`: the first word of the card involved, if known.
   */
  constructor(readonly reason: ConflictKind, readonly obj: number, readonly at = 0, readonly owner = 0, readonly item = 0) {}
}

/** The abort for a conflict on the STM word at `addr` of `obj` (its own, or a card's record; `card`: the card's first word, or 0). */
function abortAt(kind: ConflictKind, obj: number, addr: number, owner: number, card: number): TxAbort {
  return new TxAbort(kind, obj, addr === obj + H_STM ? 0 : addr, owner, card);
}

export const enum ConflictKind { READ_LOCKED = 1, WRITE_LOCKED, VALIDATION, INEVITABLE, REQUESTED, RETRY }

/** Slots are 1..MAX_SLOTS (a lock word holds the slot in 30 bits; 255 is plenty for a pool). */
export const MAX_SLOTS = 255;
/** Words per slot line (64 bytes, so slots do not share cache lines). */
const LINE = 16;
/** Data words per card of a large backing store. */
export const CARD_WORDS = 8;
/** Backing stores with more data words than this are versioned per card. */
export const CARDED_MIN_WORDS = 128;
const OREC_BITS = 16;
/** The cards' ownership records follow the slot lines. */
const OREC_BASE = LINE * (MAX_SLOTS + 1);
const SITE_BITS = 12;
/**
 * Lock sites, for conflict reports: entry hash(STM word address) holds
 * (address, thread) of the last lock taken on it, written with plain stores
 * (a racy hint: read back only when reporting, and only if the address
 * matches).
 */
const SITE_BASE = OREC_BASE + (1 << OREC_BITS);
const SITE_WORDS = 2;
/** Area words: the counter, the token and padding on line 0, one line per slot, the ownership records, the lock sites. */
export const STM_AREA_WORDS = SITE_BASE + SITE_WORDS * (1 << SITE_BITS);
const A_CLOCK = 0;
const A_TOKEN = 1;
/** Transactions holding at least one lock. */
const A_WRITERS = 2;
/** Transactions that have locked a type object ("Types" above). */
const A_TYPE_WRITERS = 3;
/** Bumped when a transaction locks its first type object and again when that transaction ends. */
const A_TYPE_SEQ = 4;
/** Per-slot words. */
const S_ABORT_REQUEST = 0;
const S_COMMITTING = 1;
/** The Python thread (THREAD ref) whose transaction the slot runs (for conflict reports). */
const S_THREAD = 2;
/** The slot's transaction's priority (`Tx.priority`), read by the transactions that meet its locks. */
const S_PRIORITY = 3;
/** The running transaction's sequence number (its fresh objects' marks are live while it is here), or 0. */
const S_SEQ = 4;
/** The slot's last sequence number (plain: only its worker writes it). */
const S_LAST_SEQ = 5;
/** 1 while the slot's transaction holds a type object's lock (an inevitable transaction waits for it to end). */
const S_TYPE_WRITER = 6;
/** Sequence numbers are 1..MAX_SEQ (22 bits: a mark is a positive int32). */
const MAX_SEQ = (1 << 22) - 1;
/** The largest lock word; odd words above it are fresh marks. */
const MAX_LOCK_WORD = (MAX_SLOTS << 1) | 1;
/** Spins a younger transaction waits for an older one's lock before it aborts (wait-die). */
const YOUNGER_SPINS = 8;

// ---------------------------------------------------------------------------
// Transaction descriptors

export class Tx {
  active = false;
  inevitable = false;
  /**
   * Done something that cannot be undone (I/O, a lock): set by the caller
   * beside `becomeInevitable`; an inevitable transaction without it (the
   * serial fallback) may still roll back itself, for retry().
   */
  irrevocable = false;
  startClock = 0;
  /**
   * The counter when the region was first tried, kept across its retries:
   * the older transaction (lower; then the lower slot) waits for a lock, the
   * younger gives up soon (wait-die), so that two transactions never wait
   * for each other's locks, and a retried one gets older until it wins.
   */
  priority = 0;
  /** No other transaction held a lock when this one began. */
  cleanStart = false;
  /** Counter bumps made by this transaction since it began. */
  ownBumps = 0;
  /** A_TYPE_SEQ at `begin`, or TYPES_DIRTY if another transaction held a type's lock then. */
  typeSeq = 0;
  /** Has this transaction locked a type object (announced in A_TYPE_WRITERS)? */
  typeWriter = false;
  /** Read log: triples (STM word address, word seen, object or backing store). */
  reads: Int32Array<ArrayBuffer> = new Int32Array(1536);
  nReads = 0;
  /**
   * Write log: quads (STM word address or 0, word before locking or SHADOW,
   * address of the first word copied, offset of the copy in `undo`).
   */
  writes: Int32Array<ArrayBuffer> = new Int32Array(512);
  nWrites = 0;
  /** Locks taken (the first one registers the transaction as a writer). */
  nLocks = 0;
  undo: Int32Array<ArrayBuffer> = new Int32Array(4096);
  nUndo = 0;
  /** Direct-mapped filters of objects already opened in this transaction (per-object barriers run once): see F. */
  filter = new Int32Array(FILTER_SIZE * FILTER_ENTRY);
  /** The STM word the read entry's object had when it was opened (NOT_READ: a fresh object). */
  readWord = new Int32Array(FILTER_SIZE);
  /** `cardedBase`'s cache (entries count if tagged with the transaction's epoch). */
  cacheStore = new Int32Array(STORE_CACHE);
  cacheTag = new Int32Array(STORE_CACHE);
  cacheBase = new Int32Array(STORE_CACHE);
  epoch = 0;
  /** The filters' key salt of this epoch (see F). */
  salt = 0;
  /** The STM word of the objects this transaction allocates (its fresh mark: see the module comment). */
  freshMark = -1;
  /** Consecutive aborts of the current transaction (contention management). */
  retries = 0;
  /** How many times a non-inevitable transaction re-checks a locked object before aborting itself. */
  patience = 64;
  commits = 0;
  aborts = 0;
  /** The Python thread running in this transaction (published in its slot line at `begin`). */
  thread = 0;
  /** Commit actions: functions and their arguments, run in order after the commit (`afterCommit`). */
  actions: Array<(arg: number) => void> = [];
  actionArgs: number[] = [];
  /** Cache entries filled in this transaction (`noteCacheFill`): the caches and the entries' first words; counts past FILL_LOG_CAP. */
  fillCaches: Int32Array[] = [];
  fillAt = new Int32Array(FILL_LOG_CAP);
  nFills = 0;

  constructor(readonly area: number, readonly slot: number) {
    if (slot < 1 || slot > MAX_SLOTS) throw new RangeError(`bad transaction slot ${slot}`);
  }

  get lockWord(): number {
    return (this.slot << 1) | 1;
  }
}

const FILTER_SIZE = 1024;
/** Cache fills a transaction logs; a rollback after more empties the caches whole ("Caches" above). */
const FILL_LOG_CAP = 512;
/**
 * A filter slot's words, one array for both kinds (a barrier's test loads
 * from one array): the key of the object or card read-opened, and of the
 * one write-opened. A key is the address xor the transaction's salt: odd
 * (no address is), with the epoch's low two bits in bits 30-31 (no address
 * has them: the heap is at most 2^30 words). A key thus counts only in its
 * own epoch, so `begin` clears the filter only every fourth epoch, and a
 * barrier's test is one load and one comparison (it had been two of each,
 * with a tag word: 25 x86 instructions on a hit instead of 38; callgrind,
 * richards x8 under transactions, the read test's line 0.88 G -> 0.50 G
 * instructions).
 */
export const enum F { READ, WRITE }
const FILTER_ENTRY = 2;
/** Capacities (items, or dict entries of 3 words) at or below which a store cannot be carded. */
export const SMALL_STORE_CAP = CARDED_MIN_WORDS / 3;
const STORE_CACHE = 16;
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

/**
 * The transaction this worker (JS thread) began last and has not ended, or
 * null. The scheduler runs one transaction at a time per worker, so this is
 * the one whose barriers the running code applies (stm/access.ts).
 */
let running: Tx | null = null;

/**
 * The running transaction's filter and salt (0 when none runs), for the
 * barriers' inline tests in stm/access.ts (entryOf and F give the layout).
 */
export let runningFilter = new Int32Array(FILTER_SIZE * FILTER_ENTRY);
export let runningSalt = 0;

/** The filter entry of `obj` (an object, or a card: see cardSlot). */
export function entryOf(obj: number): number {
  return ((obj >> 1) & FILTER_MASK) * FILTER_ENTRY;
}

function isReadOpen(tx: Tx, obj: number, i: number): boolean {
  const f = tx.filter, key = obj ^ tx.salt;
  return f[i + F.READ] === key || f[i + F.WRITE] === key;
}

function isWriteOpen(tx: Tx, obj: number, i: number): boolean {
  return tx.filter[i + F.WRITE] === (obj ^ tx.salt);
}

function markReadOpen(tx: Tx, obj: number, i: number, word: number): void {
  tx.filter[i + F.READ] = obj ^ tx.salt;
  tx.readWord[i >> 1 /* FILTER_ENTRY */] = word;
}

function markWriteOpen(tx: Tx, obj: number, i: number): void {
  tx.filter[i + F.WRITE] = obj ^ tx.salt;
}

/** The worker's running transaction (see `running`), or null when none is active. */
export function runningTx(): Tx | null {
  return running;
}

/**
 * Makes `tx`, if it is active, the transaction whose barriers run (tests
 * interleave several on one worker; the scheduler runs one per worker).
 */
export function resumeTx(tx: Tx): void {
  if (!tx.active) return;
  running = tx;
  runningFilter = tx.filter;
  runningSalt = tx.salt;
}

/**
 * Notes that the entry at `at` of the per-worker cache `cache` was filled
 * ("Caches" above). If the running transaction rolls back, the entry's
 * first word becomes 0, which no key is. An inevitable transaction's fills
 * are logged too: the serial fallback may still roll back, for retry(),
 * and it may have cached its own writes.
 */
export function noteCacheFill(cache: Int32Array, at: number): void {
  const tx = running;
  if (tx === null) return;
  const n = tx.nFills++;
  if (n < FILL_LOG_CAP) {
    tx.fillCaches[n] = cache;
    tx.fillAt[n] = at;
  }
}

let resetCaches: () => void = () => {};

/** Sets what empties every cache whose fills are logged (for a rollback past FILL_LOG_CAP fills). */
export function setCacheReset(reset: () => void): void {
  resetCaches = reset;
}

function forgetFills(tx: Tx): void {
  if (tx.nFills > FILL_LOG_CAP) resetCaches();
  else for (let i = 0; i < tx.nFills; i++) tx.fillCaches[i]![tx.fillAt[i]!] = 0;
}

/** Starts a transaction; objects it allocates are private until it commits. */
export function begin(tx: Tx): void {
  tx.active = true;
  tx.irrevocable = false;
  running = tx;
  if (tx.actions.length !== 0) tx.actions.length = tx.actionArgs.length = 0;
  tx.startClock = atomicLoad(tx.area + A_CLOCK);
  tx.cleanStart = atomicLoad(tx.area + A_WRITERS) === 0;
  tx.ownBumps = 0;
  noteTypeSeq(tx);
  tx.nReads = tx.nWrites = tx.nUndo = tx.nLocks = 0;
  if (++tx.epoch === 0x7fffffff) {
    tx.epoch = 1;
    tx.filter.fill(0);
    tx.cacheTag.fill(0);
  } else if ((tx.epoch & 3) === 0) {
    tx.filter.fill(0);
  }
  tx.salt = 1 | ((tx.epoch & 3) << 30);
  runningFilter = tx.filter;
  runningSalt = tx.salt;
  const last = load(slotWord(tx, tx.slot, S_LAST_SEQ));
  const seq = last >= MAX_SEQ ? 1 : last + 1;
  store(slotWord(tx, tx.slot, S_LAST_SEQ), seq);
  atomicStore(slotWord(tx, tx.slot, S_SEQ), seq);
  tx.freshMark = (seq << 9) | tx.lockWord;
  watchAllocations(true, tx.freshMark);
  atomicStore(slotWord(tx, tx.slot, S_ABORT_REQUEST), 0);
  store(slotWord(tx, tx.slot, S_THREAD), tx.thread);
  if (tx.retries === 0) tx.priority = tx.startClock;
  store(slotWord(tx, tx.slot, S_PRIORITY), tx.priority);
}

/**
 * Was `obj` allocated by this transaction? Its STM word is then the
 * transaction's fresh mark. gc/heap.ts also watches the worker's
 * allocations from `begin` (the current buffer's part since then, every
 * buffer and large object taken since, even one carved from a free run
 * below `begin`'s top), which answers most cases without a load. The answer
 * must not change during a transaction: the filters remember it.
 */
function isFresh(tx: Tx, obj: number): boolean {
  // The mark decides (no other transaction changes a live one); the address test saves the load.
  return allocatedSinceWatch(obj) || load(obj + H_STM) === tx.freshMark;
}

/** Read barrier: call before the first read of a mutable object's fields in the transaction. */
export function openForRead(tx: Tx, obj: number): void {
  if (!tx.active) return;
  const i = entryOf(obj);
  if (isReadOpen(tx, obj, i)) return;
  let word = atomicLoad(obj + H_STM);
  if (word & 1) {
    if (word === tx.freshMark) {
      // Fresh (isFresh: the mark decides). Filtered too, as if opened: its next accesses take the cheaper test above.
      markReadOpen(tx, obj, i, NOT_READ);
      return;
    }
    if (word === tx.lockWord) return;
    word = waitForLock(tx, obj + H_STM, ConflictKind.READ_LOCKED, obj, 0);
  }
  logRead(tx, obj + H_STM, word, obj);
  markReadOpen(tx, obj, i, word);
}

function logRead(tx: Tx, addr: number, word: number, what: number): void {
  if (tx.nReads * 3 + 3 > tx.reads.length) tx.reads = grow(tx.reads);
  const at = tx.nReads * 3;
  tx.reads[at] = addr;
  tx.reads[at + 1] = word;
  tx.reads[at + 2] = what;
  tx.nReads++;
}

/** Write barrier: call before the first change to a mutable object's fields in the transaction. */
export function openForWrite(tx: Tx, obj: number): void {
  if (!tx.active) return;
  const i = entryOf(obj);
  if (isWriteOpen(tx, obj, i)) return;
  const word = atomicLoad(obj + H_STM);
  if (word !== tx.freshMark) {
    if (!tx.typeWriter && load(load(obj) + TYPE_LAYOUT_FIELD) === L.TYPE) startTypeWrites(tx);
    if (word !== tx.lockWord) logWrite(tx, obj, obj + H_STM, lock(tx, obj + H_STM, ConflictKind.WRITE_LOCKED, obj, 0));
    // Ours, but not open for writing here: locked for one item write (openSmallItemForWrite) or evicted
    // from the filter. Its words are logged again; a rollback restores newest first, so this copy
    // (which may hold the lock word) comes back before the older entry that releases the lock.
    else logWrite(tx, obj, 0, SHADOW);
  }
  markWriteOpen(tx, obj, i);
}

/**
 * Takes the lock at `addr` (an object's STM word or a card's ownership
 * record) for `tx`; returns the version it replaced. With `expected` (a
 * version), the word must still be that version (else the transaction
 * aborts: what it read there has changed). While another transaction is
 * inevitable, a lock is not kept (its later loads must not see our writes):
 * it is given back and the transaction waits for the token, or aborts.
 */
function lock(tx: Tx, addr: number, kind: ConflictKind, what: number, card: number, expected = -1): number {
  for (let spin = 0; ; spin++) {
    let word = atomicLoad(addr);
    if (word & 1) word = waitForLock(tx, addr, kind, what, card);
    if (expected !== -1 && word !== expected) throw abortAt(ConflictKind.VALIDATION, what, addr, 0, card);
    if (atomicCas(addr, word, tx.lockWord) !== word) continue;
    if (tx.inevitable || atomicLoad(tx.area + A_TOKEN) === 0) {
      if (tx.nLocks++ === 0) {
        atomicAdd(tx.area + A_WRITERS, 1);
        atomicAdd(tx.area + A_CLOCK, 1);
        tx.ownBumps++;
      }
      noteSite(tx, addr);
      return word;
    }
    atomicStore(addr, word);
    if (spin >= tx.patience) throw abortAt(ConflictKind.INEVITABLE, what, addr, atomicLoad(tx.area + A_TOKEN), card);
    checkAbortRequest(tx);
    waitWord(tx.area + A_TOKEN, atomicLoad(tx.area + A_TOKEN), 0.05);
  }
}

const stores: number[] = [];

/**
 * Logs `obj` (now locked by `tx`) for undo, in an entry that releases the
 * lock at `addr` from `oldWord` (or a SHADOW entry, addr 0): its words, and those of the
 * backing stores it owns, which the runtime writes under the owner's lock
 * without opening them itself; they are logged as shadows (restored on
 * abort, no lock of their own). Of a carded store only the fixed prefix is
 * (its cards are logged one by one, as they are opened for writing).
 */
function logWrite(tx: Tx, obj: number, addr: number, oldWord: number): void {
  if (load(load(obj) + TYPE_LAYOUT_FIELD) === L.LOCK) {
    // Only the raw words: the wait list is the scheduler's (see the module comment).
    const from = obj + HEADER_WORDS + LOCK_WAIT_WORDS;
    logCopy(tx, addr, oldWord, from, obj + objectWords(obj) - from);
    return;
  }
  logCopy(tx, addr, oldWord, obj, objectWords(obj));
  const k = backingStores(obj, stores);
  for (let i = 0; i < k; i++) {
    const s = stores[i]!;
    if (isFresh(tx, s)) continue;
    if (isCarded(s)) logCopy(tx, 0, SHADOW, s + HEADER_WORDS, cardBase(s) - s - HEADER_WORDS);
    else logCopy(tx, 0, SHADOW, s, objectWords(s));
  }
}

/** A lock object's ref words (its wait list), left out of its undo copy. */
const LOCK_WAIT_WORDS = LAYOUTS[L.LOCK]!.refs;

/** The old-word mark of a shadow entry in the write log (restored on abort, nothing to release). */
const SHADOW = -1;

/** Logs `n` words from `from` for undo; `addr` is the STM word to release (0 for a shadow). */
function logCopy(tx: Tx, addr: number, oldWord: number, from: number, n: number): void {
  while (tx.nUndo + n > tx.undo.length) tx.undo = grow(tx.undo);
  for (let i = 0; i < n; i++) tx.undo[tx.nUndo + i] = load(from + i);
  if (tx.nWrites * 4 + 4 > tx.writes.length) tx.writes = grow(tx.writes);
  const at = tx.nWrites * 4;
  tx.writes[at] = addr;
  tx.writes[at + 1] = oldWord;
  tx.writes[at + 2] = from;
  tx.writes[at + 3] = tx.nUndo;
  tx.nWrites++;
  tx.nUndo += n;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The STM word at `addr` is locked by another transaction. An inevitable
 * transaction asks the owner to abort and waits for the lock; any other
 * waits a little, then aborts itself (it holds locks, so waiting longer
 * could deadlock). Returns the unlocked word.
 */
function waitForLock(tx: Tx, addr: number, kind: ConflictKind, what: number, card: number): number {
  for (let spin = 0; ; spin++) {
    const word = atomicLoad(addr);
    if ((word & 1) === 0) return word;
    if (word > MAX_LOCK_WORD && !markLive(tx.area, word)) {
      atomicCas(addr, word, 0);
      continue;
    }
    const holder = (word >>> 1) & MAX_SLOTS;
    if (tx.inevitable) atomicStore(slotWord(tx, holder, S_ABORT_REQUEST), 1);
    else if (spin >= tx.patience || (spin >= YOUNGER_SPINS && youngerThan(tx, holder))) throw abortAt(kind, what, addr, holder, card);
    checkAbortRequest(tx);
    if (spin > 16) waitWord(addr, word, 0.02);
  }
}

/** Is the fresh mark `word` live (its allocator's transaction still running)? */
function markLive(area: number, word: number): boolean {
  return atomicLoad(area + LINE * ((word >>> 1) & MAX_SLOTS) + S_SEQ) === word >>> 9;
}

/**
 * The STM word at `addr` as barriers see it, for readers outside a
 * transaction (STM area `area`): a fresh mark whose transaction has ended
 * is settled to version 0 first; a live one stays (odd: locked).
 */
export function settledWord(area: number, addr: number): number {
  const word = atomicLoad(addr);
  if ((word & 1) === 0 || word <= MAX_LOCK_WORD || markLive(area, word)) return word;
  atomicCas(addr, word, 0);
  return atomicLoad(addr);
}

/**
 * After an abort for another transaction's lock: waits, holding nothing,
 * until that lock is released (or `ms` pass), so that the re-run does not
 * meet it again at once (a younger transaction gives up soon: wait-die).
 */
export function awaitLockRelease(abort: TxAbort, ms: number): void {
  if (abort.reason !== ConflictKind.READ_LOCKED && abort.reason !== ConflictKind.WRITE_LOCKED) return;
  const addr = abort.at !== 0 ? abort.at : abort.obj !== 0 ? abort.obj + H_STM : 0;
  if (addr === 0) return;
  const end = performance.now() + ms;
  for (let spin = 0; ; spin++) {
    const word = atomicLoad(addr);
    // A fresh mark: its allocator is about to end, and nothing wakes a sleeper on it.
    if ((word & 1) === 0 || word > MAX_LOCK_WORD || performance.now() >= end) return;
    if (spin > 16) waitWord(addr, word, 0.05);
  }
}

/** The slot whose transaction holds the inevitable token, or 0 (read for conflict reports). */
export function inevitableHolder(tx: Tx): number {
  return atomicLoad(tx.area + A_TOKEN);
}

/** Is `tx` younger than the transaction of slot `holder` (see `Tx.priority`)? */
function youngerThan(tx: Tx, holder: number): boolean {
  const p = load(slotWord(tx, holder, S_PRIORITY));
  return tx.priority > p || (tx.priority === p && tx.slot > holder);
}

/** Aborts if another (inevitable) transaction asked this one to; called by barriers and at boundaries. */
export function checkAbortRequest(tx: Tx): void {
  if (!tx.inevitable && atomicLoad(slotWord(tx, tx.slot, S_ABORT_REQUEST)) !== 0) {
    throw new TxAbort(ConflictKind.REQUESTED, 0, 0, atomicLoad(tx.area + A_TOKEN));
  }
}

// ---------------------------------------------------------------------------
// Conflict reports: who is on the other side

function siteEntry(tx: Tx, addr: number): number {
  return tx.area + SITE_BASE + SITE_WORDS * (Math.imul(addr, 0x9e3779b1) >>> (32 - SITE_BITS));
}

/** Records which thread took the lock at `addr` (plain stores: a hint for conflict reports). */
function noteSite(tx: Tx, addr: number): void {
  const e = siteEntry(tx, addr);
  store(e, addr);
  store(e + 1, tx.thread);
}

/**
 * The thread on the other side of `abort`, or 0 if unknown: the lock owner
 * or the inevitable transaction (by slot), else the last one that locked the
 * STM word involved (for a failed validation, the writer that committed).
 */
export function winnerOf(tx: Tx, abort: TxAbort): number {
  if (abort.owner > 0 && abort.owner <= MAX_SLOTS) return load(slotWord(tx, abort.owner, S_THREAD));
  const addr = abort.at !== 0 ? abort.at : abort.obj !== 0 ? abort.obj + H_STM : 0;
  if (addr === 0) return 0;
  const e = siteEntry(tx, addr);
  return load(e) === addr ? load(e + 1) : 0;
}

/**
 * After a collection (no transaction running): forgets the THREAD refs the
 * STM area holds as raw words (the slots' threads, the lock sites), which
 * the collector does not trace: a freed thread's address must not come
 * back as a conflict's other side. `area`: the STM area (0: none).
 */
export function forgetThreads(area: number): void {
  if (area === 0) return;
  for (let s = 1; s <= MAX_SLOTS; s++) store(area + LINE * s + S_THREAD, 0);
  for (let e = 0; e < SITE_WORDS << SITE_BITS; e++) store(area + SITE_BASE + e, 0);
}

// ---------------------------------------------------------------------------
// Items of backing stores: per-card barriers for large ones

/** Is `store` (a backing store) versioned per card? Large list item arrays and dict entry tables are. */
export function isCarded(store: number): boolean {
  const l = load(load(store) + TYPE_LAYOUT_FIELD);
  return (l === L.ARRAY || l === L.DICTKEYS) && objectWords(store) - tailStart(LAYOUTS[l]!) > CARDED_MIN_WORDS;
}

/** First word of a carded store's cards (its tail: the fixed prefix before it belongs to the owner). */
function cardBase(store: number): number {
  return store + tailStart(LAYOUTS[load(load(store) + TYPE_LAYOUT_FIELD)]!);
}

function orecOf(tx: Tx, card: number): number {
  return tx.area + OREC_BASE + (Math.imul(card, 0x9e3779b1) >>> (32 - OREC_BITS));
}

/** Filter entry of a card (cards are CARD_WORDS apart: mix in the card number). */
function cardEntry(card: number): number {
  return (((card >>> 6) ^ (card >>> 1)) & FILTER_MASK) * FILTER_ENTRY;
}

/**
 * The first card word of `store` if its items need card barriers in this
 * transaction, else 0 (a small store, or one the transaction allocated).
 * Remembered per transaction in a small direct-mapped cache: item loops
 * touch a few stores many times.
 */
function cardedBase(tx: Tx, store: number): number {
  // Both kinds of store begin with their capacity: a small one needs no card test (most are small).
  if (load(store + HEADER_WORDS) <= SMALL_STORE_CAP) return 0;
  const i = (store >> 2) & (STORE_CACHE - 1);
  if (tx.cacheStore[i] === store && tx.cacheTag[i] === tx.epoch) return tx.cacheBase[i]!;
  const base = isFresh(tx, store) || !isCarded(store) ? 0 : cardBase(store);
  tx.cacheStore[i] = store;
  tx.cacheTag[i] = tx.epoch;
  tx.cacheBase[i] = base;
  return base;
}

/**
 * Before reading the item word at `addr` of `store`, the backing store of
 * `owner` (a list's items, a dict's entries); the caller has read-opened
 * `owner` (where it found `store`).
 */
export function openItemForRead(tx: Tx, owner: number, store: number, addr: number): void {
  if (!tx.active) return;
  const base = cardedBase(tx, store);
  if (base !== 0) openCardForRead(tx, owner, base + ((addr - base) & -CARD_WORDS));
}

/**
 * Before writing the item word at `addr` of `store`, the backing store of
 * `owner`; the caller has read-opened `owner` (where it found `store`).
 */
export function openItemForWrite(tx: Tx, owner: number, store: number, addr: number): void {
  if (!tx.active) return;
  const base = cardedBase(tx, store);
  if (base !== 0) {
    openCardForWrite(tx, owner, store, base + ((addr - base) & -CARD_WORDS));
  } else if (!isFresh(tx, store)) {
    openSmallItemForWrite(tx, owner, addr);
  }
}

/**
 * Before writing the item word at `addr` of a small store of `owner`: the
 * owner's lock covers it. The first such write of a transaction locks the
 * owner from the version it read (the store's address came from that
 * version) and logs only that word; a second one, or a structural change
 * (`openForWrite`), logs the owner and its stores whole. Most objects a
 * transaction writes get one attribute store or two, and a whole copy (the
 * object, its dict's entries and index) cost more than the write.
 * The one-word state is not in the filter (the owner is locked, not open
 * for writing).
 */
function openSmallItemForWrite(tx: Tx, owner: number, addr: number): void {
  if (isWriteOpen(tx, owner, entryOf(owner))) return;
  // One word logged before, or locked and evicted from the filter, or private: openForWrite's cases.
  if (isFresh(tx, owner) || atomicLoad(owner + H_STM) === tx.lockWord) {
    openForWrite(tx, owner);
    return;
  }
  const seen = readWordOf(tx, owner);
  if (seen === NOT_READ) throw new TxAbort(ConflictKind.VALIDATION, owner);
  lock(tx, owner + H_STM, ConflictKind.WRITE_LOCKED, owner, 0, seen);
  logCopy(tx, owner + H_STM, seen, owner, 0);
  logCopy(tx, 0, SHADOW, addr, 1);
}

/** Before reading the item words [from, to) of `store`; the caller has read-opened its owner. */
export function openItemsForRead(tx: Tx, owner: number, store: number, from: number, to: number): void {
  if (!tx.active || from >= to) return;
  const base = cardedBase(tx, store);
  if (base === 0) return;
  for (let card = base + ((from - base) & -CARD_WORDS); card < to; card += CARD_WORDS) openCardForRead(tx, owner, card);
}

/**
 * Before writing the item words [from, to) of `store`, the backing store of
 * `owner`, in a structural change of the owner (the caller has opened the
 * owner for writing).
 */
export function openItemsForWrite(tx: Tx, owner: number, store: number, from: number, to: number): void {
  if (!tx.active || from >= to) return;
  const base = cardedBase(tx, store);
  if (base === 0) return;
  for (let card = base + ((from - base) & -CARD_WORDS); card < to; card += CARD_WORDS) openCardForWrite(tx, owner, store, card);
}

function openCardForRead(tx: Tx, owner: number, card: number): void {
  const i = cardEntry(card);
  if (isReadOpen(tx, card, i)) return;
  const orec = orecOf(tx, card);
  let word = atomicLoad(orec);
  if (word & 1 && word !== tx.lockWord) word = waitForLock(tx, orec, ConflictKind.READ_LOCKED, owner, card);
  if (word !== tx.lockWord) logRead(tx, orec, word, owner);
  markReadOpen(tx, card, i, word);
}

/**
 * Locks a card and logs its words. The owner must still be as this
 * transaction read it (or locked by it): else the store's address or the
 * index may come from a stale owner, and the transaction aborts before it
 * copies or writes anything.
 */
function openCardForWrite(tx: Tx, owner: number, store: number, card: number): void {
  const i = cardEntry(card);
  if (isWriteOpen(tx, card, i)) return;
  const orec = orecOf(tx, card);
  const n = Math.min(CARD_WORDS, store + objectWords(store) - card);
  if (atomicLoad(orec) === tx.lockWord) {
    // Ours already (another card of the same record, or this one evicted from the filter): log the words only.
    logCopy(tx, 0, SHADOW, card, n);
  } else {
    if (!ownerUnchanged(tx, owner)) throw new TxAbort(ConflictKind.VALIDATION, owner);
    const word = lock(tx, orec, ConflictKind.WRITE_LOCKED, owner, card);
    logCopy(tx, orec, word, card, n);
  }
  markWriteOpen(tx, card, i);
}

/**
 * Is `owner` as this transaction read it: its STM word unchanged, or locked
 * by this transaction from the version it had read? (Not read at all: it
 * must be locked by this transaction, which then read its fields under the
 * lock.)
 */
function ownerUnchanged(tx: Tx, owner: number): boolean {
  if (isFresh(tx, owner)) return true;
  const now = atomicLoad(owner + H_STM);
  const seen = readWordOf(tx, owner);
  if (seen === NOT_READ) return now === tx.lockWord;
  return now === seen || (now === tx.lockWord && lockedFrom(tx, owner + H_STM) === seen);
}

const NOT_READ = -1;

/** The STM word this transaction logged when it read `obj`, or NOT_READ. */
function readWordOf(tx: Tx, obj: number): number {
  const i = entryOf(obj);
  if (tx.filter[i + F.READ] === (obj ^ tx.salt)) return tx.readWord[i >> 1 /* FILTER_ENTRY */]!;
  for (let i = tx.nReads - 1; i >= 0; i--) if (tx.reads[i * 3] === obj + H_STM) return tx.reads[i * 3 + 1]!;
  return NOT_READ;
}

// ---------------------------------------------------------------------------
// Validation, commit, abort

/** Are all reads still current? (Cheap when no other transaction has been active since this one began.) */
export function validate(tx: Tx): boolean {
  return validateReadsIfChanged(tx) === true;
}

/** `typeSeq` when another transaction held a type's lock at `begin`: this one may have read its writes. */
const TYPES_DIRTY = -1;
/** What the validation functions return when a type was written beside the transaction ("Types" above). */
const TYPES_CHANGED = -1;

function noteTypeSeq(tx: Tx): void {
  const seq = atomicLoad(tx.area + A_TYPE_SEQ);
  tx.typeSeq = atomicLoad(tx.area + A_TYPE_WRITERS) === 0 ? seq : TYPES_DIRTY;
}

/** Has no other transaction written a type object since this one began? */
function typesUnchanged(tx: Tx): boolean {
  return tx.typeSeq !== TYPES_DIRTY && atomicLoad(tx.area + A_TYPE_SEQ) === tx.typeSeq + (tx.typeWriter ? 1 : 0);
}

/** Before this transaction's first lock of a type object: announces it to the transactions beside it. */
function startTypeWrites(tx: Tx): void {
  tx.typeWriter = true;
  atomicStore(slotWord(tx, tx.slot, S_TYPE_WRITER), 1);
  atomicAdd(tx.area + A_TYPE_WRITERS, 1);
  atomicAdd(tx.area + A_TYPE_SEQ, 1);
}

/** When a type writer ends (its locks released): withdraws it. */
function endTypeWrites(tx: Tx): void {
  tx.typeWriter = false;
  atomicAdd(tx.area + A_TYPE_SEQ, 1);
  atomicAdd(tx.area + A_TYPE_WRITERS, -1);
  atomicStore(slotWord(tx, tx.slot, S_TYPE_WRITER), 0);
}

/** The index of the first read whose STM word changed, or true if none did. */
function validateReads(tx: Tx): number | true {
  for (let i = 0; i < tx.nReads; i++) {
    const addr = tx.reads[i * 3]!, seen = tx.reads[i * 3 + 1]!;
    const now = atomicLoad(addr);
    if (now === seen) continue;
    if (now === tx.lockWord && lockedFrom(tx, addr) === seen) continue;
    return i;
  }
  return true;
}

/** The word the lock at `addr` replaced when this transaction took it. */
function lockedFrom(tx: Tx, addr: number): number {
  for (let i = tx.nWrites - 1; i >= 0; i--) if (tx.writes[i * 4] === addr) return tx.writes[i * 4 + 1]!;
  return -2;
}

/** The abort for a failed validation at read `i` (or TYPES_CHANGED). */
function staleRead(tx: Tx, i: number): TxAbort {
  if (i === TYPES_CHANGED) return new TxAbort(ConflictKind.VALIDATION, 0);
  const addr = tx.reads[i * 3]!, what = tx.reads[i * 3 + 2]!;
  return new TxAbort(ConflictKind.VALIDATION, what, addr === what + H_STM ? 0 : addr);
}

/**
 * Commits, or throws TxAbort after rolling back (the caller re-runs the
 * transaction). A read-only transaction only validates.
 */
export function commit(tx: Tx): void {
  if (!tx.active) return;
  const committing = slotWord(tx, tx.slot, S_COMMITTING);
  if (!tx.inevitable) awaitCommitTurn(tx, committing);
  if (tx.nLocks > 0) {
    const before = atomicAdd(tx.area + A_CLOCK, 1);
    if (!tx.inevitable) {
      // Nothing to validate when no other transaction has been active since this one began.
      const quiet = tx.cleanStart && before - tx.startClock === tx.ownBumps;
      const bad = !typesUnchanged(tx) ? TYPES_CHANGED : quiet ? true : validateReads(tx);
      if (bad !== true) {
        const abort = staleRead(tx, bad);
        atomicStore(committing, 0);
        rollback(tx);
        throw abort;
      }
    }
    for (let i = 0; i < tx.nWrites; i++) if (tx.writes[i * 4 + 1] !== SHADOW) release(tx.writes[i * 4]!, tx.writes[i * 4 + 1]!);
    atomicAdd(tx.area + A_WRITERS, -1);
  } else if (!tx.inevitable) {
    const bad = validateReadsIfChanged(tx);
    if (bad !== true) {
      const abort = staleRead(tx, bad);
      atomicStore(committing, 0);
      rollback(tx);
      throw abort;
    }
  }
  atomicStore(committing, 0);
  finish(tx);
  tx.commits++;
  tx.retries = 0;
  runActions(tx);
}

/**
 * Before a commit that wrote: announces it (S_COMMITTING), unless an
 * inevitable transaction holds the token, since none may commit then. That
 * one is short (it ends at its next boundary), so the commit waits for it a
 * little (COMMIT_WAIT_MS) instead of aborting at once: aborting cost every
 * transaction that merely committed during another thread's lock operation
 * or print (seen by the profiler as conflicts in programs that share
 * nothing). While waiting it announces nothing and answers abort requests.
 */
function awaitCommitTurn(tx: Tx, committing: number): void {
  const end = performance.now() + COMMIT_WAIT_MS;
  for (;;) {
    atomicStore(committing, 1);
    const token = atomicLoad(tx.area + A_TOKEN);
    if (token === 0 || tx.nLocks === 0) return;
    atomicStore(committing, 0);
    if (performance.now() >= end) {
      rollback(tx);
      throw new TxAbort(ConflictKind.INEVITABLE, 0, 0, token);
    }
    checkAbortRequest(tx);
    waitWord(tx.area + A_TOKEN, token, 0.05);
  }
}

/** How long a commit waits for an inevitable transaction to end before it aborts. */
const COMMIT_WAIT_MS = 2;

/**
 * Registers `action(arg)` to run once `tx` has committed (after its locks
 * are released, with no transaction active); a rollback drops it. For what
 * must not happen unless the transaction's effects become visible, such as
 * waking the threads blocked on a lock it released. Actions must not throw.
 */
export function afterCommit(tx: Tx, action: (arg: number) => void, arg: number): void {
  tx.actions.push(action);
  tx.actionArgs.push(arg);
}

function runActions(tx: Tx): void {
  const n = tx.actions.length;
  if (n === 0) return;
  try {
    for (let i = 0; i < n; i++) tx.actions[i]!(tx.actionArgs[i]!);
  } finally {
    if (tx.actions.length !== 0) tx.actions.length = tx.actionArgs.length = 0;
  }
}

function validateReadsIfChanged(tx: Tx): number | true {
  if (!typesUnchanged(tx)) return TYPES_CHANGED;
  return tx.cleanStart && atomicLoad(tx.area + A_CLOCK) - tx.startClock === tx.ownBumps ? true : validateReads(tx);
}

/** Unlocks the STM word at `addr` with the version after `oldWord`, waking anyone sleeping on it. */
function release(addr: number, oldWord: number): void {
  atomicStore(addr, (oldWord + 2) & 0x7ffffffe);
}

/**
 * Rolls back every write (newest first), releases the locks, ends the
 * transaction. The commit counter moves too: a transaction that read the
 * dirty words between a lock and this release must not skip its validation.
 */
export function rollback(tx: Tx): void {
  if (tx.nLocks > 0) atomicAdd(tx.area + A_CLOCK, 1);
  for (let i = tx.nWrites - 1; i >= 0; i--) {
    const addr = tx.writes[i * 4]!, oldWord = tx.writes[i * 4 + 1]!, from = tx.writes[i * 4 + 2]!, at = tx.writes[i * 4 + 3]!;
    const n = (i + 1 < tx.nWrites ? tx.writes[(i + 1) * 4 + 3]! : tx.nUndo) - at;
    // An object's own entry skips its STM word (the lock, released below).
    const skip = addr === from + H_STM ? H_STM : -1;
    for (let k = 0; k < n; k++) if (k !== skip) store(from + k, tx.undo[at + k]!);
    if (oldWord !== SHADOW) release(addr, oldWord);
  }
  if (tx.nLocks > 0) atomicAdd(tx.area + A_WRITERS, -1);
  if (tx.actions.length !== 0) tx.actions.length = tx.actionArgs.length = 0;
  if (tx.nFills !== 0) forgetFills(tx);
  finish(tx);
  tx.aborts++;
  tx.retries++;
}

function finish(tx: Tx): void {
  if (tx.inevitable) {
    atomicStore(tx.area + A_TOKEN, 0);
    tx.inevitable = false;
  }
  if (tx.typeWriter) endTypeWrites(tx);
  tx.active = false;
  if (running === tx) {
    running = null;
    runningSalt = 0;
  }
  tx.nReads = tx.nWrites = tx.nUndo = tx.nLocks = tx.nFills = 0;
  // Its fresh objects' marks are stale from here: version 0.
  atomicStore(slotWord(tx, tx.slot, S_SEQ), 0);
  watchAllocations(false, 0);
}

// ---------------------------------------------------------------------------
// Inevitability

/**
 * Makes the running transaction inevitable (before an operation that
 * cannot be undone): takes the token (waiting while another holds it),
 * waits for commits in flight, then validates. Throws TxAbort (after rolling
 * back) if what it read is already stale: it then re-runs, and the retry
 * takes the token before it reads anything (`atStart`: nothing read yet).
 */
export function becomeInevitable(tx: Tx, atStart = false): void {
  if (tx.inevitable) return;
  for (let spin = 0; atomicCas(tx.area + A_TOKEN, 0, tx.slot) !== 0; spin++) {
    checkAbortRequest(tx);
    if (tx.nLocks > 0 && spin > 64) {
      const holder = atomicLoad(tx.area + A_TOKEN);
      rollback(tx);
      throw new TxAbort(ConflictKind.INEVITABLE, 0, 0, holder);
    }
    waitWord(tx.area + A_TOKEN, atomicLoad(tx.area + A_TOKEN), 0.05);
  }
  tx.inevitable = true;
  for (let s = 1; s <= MAX_SLOTS; s++) {
    if (s === tx.slot) continue;
    while (atomicLoad(slotWord(tx, s, S_COMMITTING)) !== 0) { /* a commit in flight: it is short */ }
  }
  awaitTypeWriters(tx);
  if (atStart) noteTypeSeq(tx);
  const bad = validateReadsIfChanged(tx);
  if (bad !== true) {
    const abort = staleRead(tx, bad);
    rollback(tx);
    throw abort;
  }
}

/**
 * Has every other transaction holding a type's lock abort, and waits for it
 * to end: an inevitable transaction reads types without barriers, so it
 * must not see a write that could still be undone ("Types" above). None
 * can lock a type again while this one holds the token.
 */
function awaitTypeWriters(tx: Tx): void {
  if (atomicLoad(tx.area + A_TYPE_WRITERS) === (tx.typeWriter ? 1 : 0)) return;
  for (let s = 1; s <= MAX_SLOTS; s++) {
    if (s === tx.slot || atomicLoad(slotWord(tx, s, S_TYPE_WRITER)) === 0) continue;
    atomicStore(slotWord(tx, s, S_ABORT_REQUEST), 1);
    while (atomicLoad(slotWord(tx, s, S_TYPE_WRITER)) !== 0) waitWord(slotWord(tx, s, S_TYPE_WRITER), 1, 0.05);
  }
}
