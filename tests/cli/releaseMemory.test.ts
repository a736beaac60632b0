import { releaseMemory } from "../../src/cli/releaseMemory";

describe("releaseMemory", () => {
  it("collects what nothing refers to any more, at once", async () => {
    let large: number[] | null = new Array(1_000_000).fill(1);
    const ref = new WeakRef(large);
    large = null;
    // A weak reference keeps its target for the rest of the task that made it.
    await new Promise((resolve) => setImmediate(resolve));
    releaseMemory();
    expect(ref.deref()).toBeUndefined();
  });

  it("keeps what is still referred to", async () => {
    const kept = { rows: [1, 2, 3] };
    const ref = new WeakRef(kept);
    await new Promise((resolve) => setImmediate(resolve));
    releaseMemory();
    releaseMemory();
    expect(ref.deref()).toBe(kept);
  });
});
