// The HTTP server: static files, security middleware, then Remix. In development Vite serves the app.
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { securityMiddleware } from "./security.js";

const isDevelopment = process.env.NODE_ENV !== "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const viteDevServer = isDevelopment
  ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : undefined;

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
app.use(compression());

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Vite fingerprints everything under assets/, so those files can be cached forever.
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
}

app.use(securityMiddleware({ appOrigin: process.env.APP_ORIGIN, isDevelopment }));

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build")
  : await import(new URL("../build/server/index.js", import.meta.url).href);

app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip ?? "unknown" }),
  }),
);

const server = app.listen(port, host, () => {
  console.log(`Brandworthy is running at http://localhost:${port}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
