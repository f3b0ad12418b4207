// The per-thread data stack: where the locals (localsplus) and evaluation stacks of running
// Python frames live. See docs/data-stack.md for the design and the measurements behind it.
//
// The stack is a linked list of chunks, each a JS array of slots (CPython's _PyStackChunk,
// bpo-44032). A frame occupies exactly `code.frameSize` consecutive slots of one chunk
// (nlocalsplus then co_stacksize): pushing one is a bump of `top`; popping one lowers `top`
// back to the frame's base and clears the slots so the stack keeps nothing alive. When a frame
// does not fit in the rest of the current chunk, the next chunk is taken — the spare chunk if
// one is kept and big enough, else a newly allocated one of at least MIN_CHUNK_SIZE slots,
// doubled until the frame fits. When the first frame of a chunk is popped, the chunk is
// released and kept as the spare, so a call at a chunk boundary does not allocate each time.

import type { PyValue } from "../objects/object.ts";
import { newException, PyExc_MemoryError } from "../objects/exceptions.ts";

/** Minimum slots in a chunk (CPython uses 16 KiB = 2048 pointers). */
export const MIN_CHUNK_SIZE = 4096;

/**
 * Most slots the linked chunks may hold together (2^24 slots, 128 MiB of pointers: about a
 * million typical frames). Past it a push raises MemoryError, as CPython does when it cannot
 * allocate a chunk, instead of letting a huge sys.setrecursionlimit() exhaust V8's heap and
 * kill the process.
 */
export const MAX_LINKED_SLOTS = 1 << 24;

export class StackChunk {
  /** The slots. Always exactly `size` long, holes filled with undefined (NULL). */
  readonly slots: (PyValue | undefined)[];
  readonly size: number;
  /** The chunk below this one, or null for the first chunk. */
  previous: StackChunk | null;
  /** `top` of this chunk saved while a newer chunk is in use. */
  savedTop: number;

  constructor(size: number, previous: StackChunk | null) {
    this.size = size;
    this.slots = new Array(size).fill(undefined);
    this.previous = previous;
    this.savedTop = 0;
  }
}

/** Where a pushed frame's slots are: the chunk's array and the index of its first slot. */
export interface FrameSlots {
  slots: (PyValue | undefined)[];
  base: number;
}

export class DataStack {
  /** The chunk the next frame is pushed into. */
  chunk: StackChunk;
  /** First free slot of `chunk`. */
  top: number;
  /** One released chunk kept for reuse (or null). */
  spare: StackChunk | null = null;
  /** Chunks allocated over this stack's life (stat for tests and docs). */
  chunksAllocated = 1;
  /** Total size of the chunks currently linked (checked against MAX_LINKED_SLOTS). */
  linkedSlots: number;
  readonly minChunkSize: number;

  constructor(minChunkSize: number = MIN_CHUNK_SIZE) {
    this.minChunkSize = minChunkSize;
    this.chunk = new StackChunk(minChunkSize, null);
    this.top = 0;
    this.linkedSlots = minChunkSize;
  }

  /**
   * Reserves `size` slots for a frame; returns the chunk whose slots hold it, the frame's base
   * being `this.top - size` after the call (read `frameBase` right after). Bump-pointer fast
   * path; a new chunk only when the current one is full.
   */
  push(size: number): StackChunk {
    const top = this.top;
    if (top + size <= this.chunk.size) {
      this.top = top + size;
      return this.chunk;
    }
    return this.pushInNextChunk(size);
  }

  private pushInNextChunk(size: number): StackChunk {
    const current = this.chunk;
    if (this.linkedSlots + Math.max(size, this.minChunkSize) > MAX_LINKED_SLOTS) {
      throw newException(PyExc_MemoryError, []);
    }
    current.savedTop = this.top;
    let next = this.spare;
    if (next !== null && next.size >= size) {
      this.spare = null;
      next.previous = current;
    } else {
      let chunkSize = this.minChunkSize;
      while (chunkSize < size) chunkSize *= 2;
      next = new StackChunk(chunkSize, current);
      this.chunksAllocated++;
    }
    this.chunk = next;
    this.top = size;
    this.linkedSlots += next.size;
    return next;
  }

  /**
   * Releases the frame of `size` slots at `base` (the most recently pushed one), clearing its
   * slots. If it was the first frame of a chunk (and not the first chunk), the chunk is
   * released: it becomes the spare and the previous chunk is current again.
   */
  pop(base: number, size: number): void {
    const slots = this.chunk.slots;
    for (let i = base + size - 1; i >= base; i--) slots[i] = undefined;
    if (base === 0 && this.chunk.previous !== null) {
      const released = this.chunk;
      this.linkedSlots -= released.size;
      this.chunk = released.previous!;
      released.previous = null;
      this.top = this.chunk.savedTop;
      // Keep the larger chunk as the spare: it fits more.
      if (this.spare === null || this.spare.size < released.size) this.spare = released;
    } else {
      this.top = base;
    }
  }

  /** Slots in use across all chunks (for tests: growth equals the sum of frame sizes). */
  get used(): number {
    let total = this.top;
    for (let c = this.chunk.previous; c !== null; c = c.previous) total += c.savedTop;
    return total;
  }

  /** Number of chunks currently linked (in use). */
  get chunkCount(): number {
    let n = 0;
    for (let c: StackChunk | null = this.chunk; c !== null; c = c.previous) n++;
    return n;
  }
}
