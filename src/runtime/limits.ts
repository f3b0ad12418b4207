// Limits a host puts on a run (the Interpreter option `limits`; docs/limits.md): wall time,
// memory, output. They are checked where the eval loop already stops, between slices
// (evalFrame: every SLICE_BUDGET loop back-edges and function entries, about a millisecond of
// work), so a run without limits pays nothing and one with limits a comparison per slice.
//
// Going past a limit raises coil.LimitExceeded, a BaseException: `except Exception` lets it
// through and `finally` blocks run. Code that catches it anyway gets a grace of GRACE_SLICES
// slices to finish its cleanup; then the run is aborted with RunAborted, which the eval loop
// unwinds without running any handler, so the host always gets control back.
import { pyError, PyExc_LimitExceeded } from "../objects/exceptions.ts";
import { allocationBudget } from "../objects/allocation.ts";

/** What a host may limit, per call into Python. */
export interface Limits {
  /** Wall-clock milliseconds. */
  readonly timeMs?: number;
  /** Bytes of V8 heap the run may add (sampled between slices), and the most one object may take. */
  readonly memoryBytes?: number;
  /** Characters written to the host's stdout and stderr sinks. */
  readonly outputChars?: number;
}

/** Slices a run may still run after it went past a limit (for finally blocks). */
const GRACE_SLICES = 64;
/** The heap is sampled every this many slices (Deno.memoryUsage costs ~30 µs). */
const MEMORY_EVERY = 8;

/** Thrown once the grace after a limit is used up: unwinds every frame, runs no handler. */
export class RunAborted extends Error {
  constructor(readonly reason: string) {
    super(`the run went past its ${reason} limit and was stopped`);
  }
}

/** One limited run's budget (ThreadState.limits while it runs). */
export class RunLimits {
  readonly #deadline: number;
  readonly #heapBase: number;
  #outputLeft: number;
  #slices = 0;
  /** Which limit was passed ("time", "memory", "output"), once one was. */
  exceeded: string | null = null;
  #graceLeft = GRACE_SLICES;

  constructor(readonly limits: Limits) {
    this.#deadline = limits.timeMs === undefined ? Infinity : performance.now() + limits.timeMs;
    this.#heapBase = limits.memoryBytes === undefined ? 0 : Deno.memoryUsage().heapUsed;
    this.#outputLeft = limits.outputChars ?? Infinity;
    allocationBudget.maxBytes = limits.memoryBytes ?? Infinity;
    allocationBudget.exceeded = false;
  }

  #entries = 0;

  /** Counts a frame entry: true every 1024th, when the caller should `check`. */
  tick(): boolean {
    return (++this.#entries & 1023) === 0;
  }

  /** Between slices: raises LimitExceeded past a limit, RunAborted past the grace after it. */
  check(): void {
    if (this.exceeded !== null) {
      if (--this.#graceLeft <= 0) throw new RunAborted(this.exceeded);
      throw this.#error();
    }
    if (allocationBudget.exceeded) this.exceeded = "memory";
    else if (performance.now() > this.#deadline) this.exceeded = "time";
    else if (
      this.limits.memoryBytes !== undefined && ++this.#slices % MEMORY_EVERY === 0 &&
      Deno.memoryUsage().heapUsed - this.#heapBase > this.limits.memoryBytes
    ) this.exceeded = "memory";
    if (this.exceeded !== null) throw this.#error();
  }

  /** Counts text written to a host sink; raises LimitExceeded past the output limit. */
  countOutput(chars: number): void {
    this.#outputLeft -= chars;
    if (this.#outputLeft < 0) {
      this.exceeded ??= "output";
      throw this.#error();
    }
  }

  /** The run is over: the allocation budget no longer applies. */
  end(): void {
    allocationBudget.maxBytes = Infinity;
    allocationBudget.exceeded = false;
  }

  #error() {
    return pyError(PyExc_LimitExceeded, `the run went past its ${this.exceeded} limit`);
  }
}
