/**
 * Frame records: the layout of an interpreter frame in the heap, declared
 * here because the collector (issue #5) and the heap checker scan frames as
 * roots. Frames live in a thread's FRAMESTACK object, or inside a GENERATOR
 * object (a suspended frame, resumed in place).
 *
 * A frame is FRAME_HEADER words, then `nlocalsplus` locals and cells, then
 * the value stack. Words F_CODE..F_AUX are values; F_BACK..F_RESUME are raw;
 * locals and stack words below the saved stack pointer are values.
 */
export const F_CODE = 0;
export const F_FUNC = 1;
export const F_GLOBALS = 2;
export const F_BUILTINS = 3;
/** The locals mapping (module and class bodies), else 0. */
export const F_LOCALS = 4;
/** The owning generator, or 0. */
export const F_GEN = 5;
/** The instance under construction for an __init__ frame, else 0. */
export const F_AUX = 6;
/** Raw: the calling frame's word address, or 0. */
export const F_BACK = 7;
/** Raw: index of the next instruction. */
export const F_PC = 8;
/** Raw: stack pointer, relative to the frame start. */
export const F_SP = 9;
/** Raw: FrameFlag bits. */
export const F_FLAGS = 10;
/** Raw: how a resumed generator's result reaches this frame (see interp/generator). */
export const F_RESUME = 11;
export const FRAME_HEADER = 12;
export const FRAME_VALUE_FIELDS = 7;

export const FrameFlag = {
  /** Returning from this frame leaves the current (nested) interpreter loop. */
  ENTRY: 1,
  /** An __init__ call: the result must be None; the caller gets F_AUX. */
  INIT: 2,
  /** The frame lives in a generator object. */
  GENERATOR: 4,
} as const;
