// The framework floor's server: the app's own stack (server/app.js: compression, security headers,
// static files, the request guard) in front of the floor's build instead of the app's.
import { createRequestHandler } from "@remix-run/express";
import { createApp } from "../../server/app.js";

const buildDir = new URL("../.tmp/floor/", import.meta.url).pathname;
const port = Number(process.env.PORT ?? 3202);
const host = process.env.HOST ?? "127.0.0.1";
const build = await import(`${buildDir}server/index.js`);

const app = createApp({
  isDevelopment: false,
  appOrigin: process.env.APP_ORIGIN,
  clientDir: `${buildDir}client`,
  handleRequest: createRequestHandler({
    build,
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce }),
  }),
});
const server = app.listen(port, host, () => console.log(`Framework floor at http://${host}:${port}`));
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
