// The HTTP server. In development Vite serves the app and its modules, in one process; in
// production the build, from as many worker processes as the machine has cores (WEB_CONCURRENCY
// chooses; 1 serves from this process, without a primary).
// Every server counts days, weeks and months in UTC, whatever the machine's zone, so two servers
// (or a server and the tests) never disagree about where a day starts.
process.env.TZ = "UTC";
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { runPrimary, workerCount } from "./cluster.js";

const isDevelopment = process.env.NODE_ENV !== "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const url = `http://localhost:${port}`;
const workers = isDevelopment ? 1 : workerCount(process.env.WEB_CONCURRENCY, availableParallelism());

if (cluster.isPrimary && workers > 1) runPrimary({ workers, url });
else await serve();

// The primary never loads the app: it only forks, so it stays small.
async function serve() {
  const { createRequestHandler } = await import("@remix-run/express");
  const { createApp } = await import("./app.js");
  const viteDevServer = isDevelopment
    ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
    : undefined;

  const build = viteDevServer
    ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build")
    : await import(new URL("../build/server/index.js", import.meta.url).href);

  const app = createApp({
    isDevelopment,
    appOrigin: process.env.APP_ORIGIN,
    trustProxy: process.env.TRUST_PROXY,
    devMiddleware: viteDevServer?.middlewares,
    clientDir: viteDevServer ? undefined : "build/client",
    handleRequest: createRequestHandler({
      build,
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip ?? "unknown" }),
    }),
  });

  const server = app.listen(port, host, () => {
    if (cluster.isPrimary) console.log(`Brandworthy is running at ${url}`);
  });

  // Stop accepting, let the requests in progress finish (idle keep-alive connections close), exit.
  // Once only: on Ctrl-C a worker gets SIGINT from the terminal and SIGTERM from its primary.
  let closing = false;
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      server.close(() => process.exit(0));
    });
  }
}
