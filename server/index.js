// The HTTP server. In development Vite serves the app and its modules; in production the build.
// Every server counts days, weeks and months in UTC, whatever the machine's zone, so two servers
// (or a server and the tests) never disagree about where a day starts.
process.env.TZ = "UTC";
import { createRequestHandler } from "@remix-run/express";
import { createApp } from "./app.js";

const isDevelopment = process.env.NODE_ENV !== "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

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
  console.log(`Brandworthy is running at http://localhost:${port}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
