import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { workerCount } from "../../server/cluster.js";

describe("workerCount", () => {
  it("takes WEB_CONCURRENCY, or the cores when it is unset", () => {
    expect(workerCount("3", 2)).toBe(3);
    expect(workerCount("1", 2)).toBe(1);
    expect(workerCount(undefined, 2)).toBe(2);
    expect(workerCount("", 4)).toBe(4);
  });

  it.each(["0", "-1", "1.5", "two"])("refuses %s", (value) => {
    expect(() => workerCount(value, 2)).toThrow(/WEB_CONCURRENCY/);
  });
});

const freePort = async () => {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
};

const workersOf = (pid: number) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);

/** Polls until `check` holds; the test's own timeout ends a wait that never does. */
async function waitFor<Value>(read: () => Value | Promise<Value>, check: (value: Value) => boolean) {
  for (;;) {
    const value = await Promise.resolve()
      .then(read)
      .catch(() => undefined);
    if (value !== undefined && check(value)) return value;
    await sleep(50);
  }
}

let primary: ChildProcess | undefined;
afterEach(() => {
  if (primary?.exitCode === null) primary.kill("SIGKILL");
});

describe("the primary process", () => {
  it("serves from two workers, replaces one that dies and lets requests finish on SIGTERM", async () => {
    const port = await freePort();
    primary = spawn(process.execPath, ["tests/server/cluster-server.js"], {
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    primary.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    primary.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    const pid = primary.pid!;

    await waitFor(
      () => output,
      (text) => text.includes("(2 worker processes)"),
    );
    const workers = workersOf(pid);
    expect(workers).toHaveLength(2);
    const answeredBy = Number(await (await fetch(url)).text());
    expect(workers).toContain(answeredBy);

    const [victim] = workers;
    process.kill(victim!, "SIGKILL");
    const replaced = await waitFor(
      () => workersOf(pid),
      (pids) => pids.length === 2 && !pids.includes(victim!),
    );
    expect(replaced).toContain(workers[1]);
    await waitFor(
      () => output,
      (text) => text.includes(`Worker ${victim} ended (SIGKILL)`),
    );
    // Both serve again: the new worker too, once it listens.
    const newcomer = replaced.find((worker) => worker !== workers[1])!;
    await waitFor(
      async () => Number(await (await fetch(url, { headers: { Connection: "close" } })).text()),
      (answer) => answer === newcomer,
    );

    const slow = fetch(`${url}/slow`).then((response) => response.text());
    await sleep(100);
    const exited = once(primary, "exit");
    primary.kill("SIGTERM");
    expect(replaced).toContain(Number(await slow));
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  }, 30_000);

  it("exits with an error when no worker can start, instead of starting them again and again", async () => {
    primary = spawn(process.execPath, ["tests/server/cluster-server.js"], {
      env: { ...process.env, PORT: String(await freePort()), FAIL_AT_START: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    primary.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const [code] = (await once(primary, "exit")) as [number | null];
    expect(code).toBe(1);
    expect(errors).toContain("this worker cannot start");
    expect(errors).toContain("before the server started; stopping.");
  }, 30_000);
});
