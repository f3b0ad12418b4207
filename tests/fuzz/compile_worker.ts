// Runs Coil's compiler in a Worker so that the fuzzer can time out (terminate) a hung compile.
import { coilVerdict } from "./verdict.ts";

const scope = self as unknown as {
  onmessage: (ev: MessageEvent<{ id: number; src: string }>) => void;
  postMessage: (msg: unknown) => void;
};
scope.onmessage = (ev) => {
  const { id, src } = ev.data;
  scope.postMessage({ id, verdict: coilVerdict(src) });
};
