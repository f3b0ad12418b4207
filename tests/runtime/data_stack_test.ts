// The chunked data stack on its own: bump allocation, chunk boundaries, the spare chunk, and
// clearing of popped slots.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DataStack, MAX_LINKED_SLOTS } from "../../src/runtime/data_stack.ts";
import { isBaseException } from "../../src/objects/exceptions.ts";
import { typeOf } from "../../src/objects/object.ts";

describe("DataStack", () => {
  it("pushes frames contiguously and pops back to the previous top", () => {
    const ds = new DataStack(64);
    const before = ds.used;
    const sizes = [5, 7, 3, 9];
    const bases: number[] = [];
    for (const n of sizes) {
      ds.push(n);
      bases.push(ds.top - n);
    }
    assert.equal(ds.used - before, 5 + 7 + 3 + 9);
    assert.deepEqual(bases, [0, 5, 12, 15]);
    for (let i = sizes.length - 1; i >= 0; i--) ds.pop(bases[i], sizes[i]);
    assert.equal(ds.used, before);
    assert.equal(ds.chunksAllocated, 1);
  });

  it("clears popped slots so the stack keeps nothing alive", () => {
    const ds = new DataStack(16);
    const chunk = ds.push(4);
    for (let i = 0; i < 4; i++) chunk.slots[i] = i + 1;
    ds.pop(0, 4);
    assert.deepEqual(chunk.slots.slice(0, 4), [undefined, undefined, undefined, undefined]);
  });

  it("moves to a new chunk when a frame does not fit, and reuses the spare after", () => {
    const ds = new DataStack(16);
    ds.push(10);
    const c2 = ds.push(10); // does not fit in 6 remaining slots
    assert.equal(ds.chunksAllocated, 2);
    assert.equal(ds.top, 10);
    assert.equal(ds.chunkCount, 2);
    assert.equal(ds.used, 20);
    ds.pop(0, 10); // first frame of chunk 2: chunk released to the spare
    assert.equal(ds.chunkCount, 1);
    assert.equal(ds.top, 10);
    // A call at the chunk boundary again: the spare is reused, nothing allocated.
    for (let i = 0; i < 1000; i++) {
      const c = ds.push(10);
      assert.equal(c, c2);
      ds.pop(0, 10);
    }
    assert.equal(ds.chunksAllocated, 2);
  });

  it("doubles the chunk size for frames bigger than the minimum", () => {
    const ds = new DataStack(16);
    const c = ds.push(100);
    assert.equal(c.size, 128);
    assert.equal(ds.top, 100);
    ds.pop(0, 100);
    assert.equal(ds.top, 0);
  });

  it("raises MemoryError instead of growing past its budget, and stays usable", () => {
    const ds = new DataStack(4096);
    const bases: number[] = [];
    let raised: unknown = undefined;
    try {
      for (;;) {
        ds.push(4096);
        bases.push(ds.top - 4096);
      }
    } catch (e) {
      raised = e;
    }
    assert.ok(isBaseException(raised));
    assert.equal(typeOf(raised).name, "MemoryError");
    assert.ok(ds.linkedSlots <= MAX_LINKED_SLOTS);
    assert.equal(bases.length, MAX_LINKED_SLOTS / 4096);
    for (let i = bases.length - 1; i >= 0; i--) ds.pop(bases[i], 4096);
    assert.equal(ds.used, 0);
    ds.push(10);
    assert.equal(ds.used, 10);
  });
});
