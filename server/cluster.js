// The primary process of `npm start` with several workers: it forks them, starts a new one when
// one dies, and on SIGTERM or SIGINT lets them finish their requests before it exits. The workers
// share the port through node:cluster (the primary hands each new connection to the next worker).
import cluster from "node:cluster";

// A worker that dies soon after it started is probably failing at start: wait longer each time,
// so a crash loop neither spins a core nor floods the log. One that ran a while restarts at once.
const FIRST_DELAY_MS = 100;
const LONGEST_DELAY_MS = 10_000;
const STABLE_AFTER_MS = 10_000;

/** How many workers WEB_CONCURRENCY asks for, or `fallback` when it is unset. */
export function workerCount(value, fallback) {
  if (value === undefined || value === "") return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1, not "${value}"`);
  return count;
}

/** @param {{ workers: number, url: string }} options */
export function runPrimary({ workers, url }) {
  let stopping = false;
  let exitCode = 0;
  let alive = 0;
  let listening = 0;
  const restarts = new Set();

  /** Each worker stops accepting, finishes the requests it has and exits (see index.js); then this one. */
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const timer of restarts) clearTimeout(timer);
    if (alive === 0) process.exit(exitCode);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  };

  const fork = (delayMs = FIRST_DELAY_MS) => {
    const worker = cluster.fork();
    const startedAt = Date.now();
    alive += 1;
    worker.once("listening", () => {
      listening += 1;
      if (listening === workers) console.log(`Brandworthy is running at ${url} (${workers} worker processes)`);
    });
    worker.once("exit", (code, signal) => {
      alive -= 1;
      if (stopping) {
        if (alive === 0) process.exit(exitCode);
        return;
      }
      const ended = `Worker ${worker.process.pid} ended (${signal ?? `exit code ${code}`})`;
      // No worker has served yet: the server cannot start (no build, a bad setting), and every new
      // worker would fail the same way. Exit, as a single process would, so the error is seen.
      if (listening === 0) {
        console.error(`${ended} before the server started; stopping.`);
        stop(1);
        return;
      }
      const nextDelayMs =
        Date.now() - startedAt >= STABLE_AFTER_MS ? FIRST_DELAY_MS : Math.min(delayMs * 2, LONGEST_DELAY_MS);
      console.error(`${ended}; a new one starts in ${delayMs} ms.`);
      const timer = setTimeout(() => {
        restarts.delete(timer);
        fork(nextDelayMs);
      }, delayMs);
      restarts.add(timer);
    });
  };
  for (let index = 0; index < workers; index += 1) fork();

  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => stop(0));
}
