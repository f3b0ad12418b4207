// A game loop that steps 10,000 Python coroutines per tick: each non-player character is a
// Python coroutine that waits for the next tick (`await tick()`) and moves. The host resumes
// every one of them once per frame with the frame number, as a game engine would.
//
//   deno run examples/host/game_loop.ts
import { type CoroutineRef, Interpreter } from "../../mod.ts";

const interp = new Interpreter();
const world = interp.exec(`
import types

@types.coroutine
def tick():
    # Suspends the character until the host resumes it with the next frame number.
    return (yield "waiting")

async def character(i):
    x, y = i % 100, i // 100
    while True:
        frame = await tick()
        dx = (i + frame) % 3 - 1
        dy = (i * 7 + frame) % 3 - 1
        x, y = x + dx, y + dy

positions = {}

async def tracked(i):
    x, y = i % 100, i // 100
    while True:
        frame = await tick()
        x += (i + frame) % 3 - 1
        y += (i * 7 + frame) % 3 - 1
        positions[i] = (x, y)
`);

const CHARACTERS = 10_000, FRAMES = 30;
const characters: CoroutineRef[] = [];
for (let i = 0; i < CHARACTERS; i++) {
  const c = world.callMethod(i % 1000 === 0 ? "tracked" : "character", i) as CoroutineRef;
  c.send(null); // run to its first `await tick()`
  characters.push(c);
}
const start = performance.now();
for (let frame = 1; frame <= FRAMES; frame++) {
  for (const c of characters) c.send(frame);
}
const ms = (performance.now() - start) / FRAMES;
console.error(`${ms.toFixed(2)} ms per frame for ${CHARACTERS} coroutines`);
console.log(`stepped ${CHARACTERS} coroutines for ${FRAMES} frames`);
console.log(`tracked positions: ${interp.evaluate("sorted(positions.items())[:3]", world)}`);
for (const c of characters) c.close();
interp.close();
