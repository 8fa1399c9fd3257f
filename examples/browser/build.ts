/**
 * npm run demo:web [-- --serve [--port N]] [-- --dist]
 *
 * Bundles the browser demo with esbuild into examples/browser/dist/ (one classic script, so the page
 * also opens from file://) and says how to open it; --serve serves that folder with node:http.
 * The library comes from the TypeScript sources; --dist takes the built package's browser entry
 * (dist/index.js, what a user's bundler gets) instead.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
export const DEMO_DIST = path.join(HERE, "dist");

export interface DemoBuild {
  outdir: string;
  page: string; // the absolute path of index.html
  bytes: number; // of main.js
}

/** Points the demo's import of ../../src/index at the built package's browser entry. */
const fromDist: Plugin = {
  name: "vn-entity-graph-dist",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/src\/index$/ }, () => {
      const entry = path.join(ROOT, "dist/index.js");
      if (!fs.existsSync(entry)) return { errors: [{ text: "dist/index.js is missing: run npm run build first" }] };
      return { path: entry };
    });
  },
};

export async function buildDemo(options: { outdir?: string; dist?: boolean } = {}): Promise<DemoBuild> {
  const outdir = options.outdir ?? DEMO_DIST;
  fs.mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [path.join(HERE, "main.ts")],
    outfile: path.join(outdir, "main.js"),
    bundle: true,
    format: "iife", // not ESM: Chromium refuses module scripts on file:// pages
    platform: "browser",
    target: "es2022",
    minify: true,
    charset: "utf8",
    metafile: true,
    logLevel: "warning",
    plugins: options.dist ? [fromDist] : [],
  });
  fs.copyFileSync(path.join(HERE, "index.html"), path.join(outdir, "index.html"));
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { outdir, page: path.join(outdir, "index.html"), bytes };
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png" };

/** Serves `dir` on 127.0.0.1 (port 0: any free port); resolves once listening. */
export function serveDemo(dir: string, port = 8080): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "") || "index.html");
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

async function main(argv: string[]): Promise<void> {
  const demo = await buildDemo({ dist: argv.includes("--dist") });
  console.log(`Built ${path.relative(process.cwd(), demo.outdir)}/ (main.js ${(demo.bytes / 1e6).toFixed(2)} MB, the extractor and its lexicon included).`);
  if (!argv.includes("--serve")) {
    console.log(`Open ${pathToFileURL(demo.page).href} in a browser, or run: npm run demo:web -- --serve`);
    return;
  }
  const at = argv.indexOf("--port");
  const server = await serveDemo(demo.outdir, at >= 0 ? Number(argv[at + 1]) : 8080);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 8080;
  console.log(`Serving on http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
