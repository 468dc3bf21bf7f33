// Bundle the map and chart scripts (and Leaflet's stylesheet) into ../static/dist, which the
// app serves at /static/dist. The output is build output: git ignores it.
import { build } from "esbuild";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "static", "dist");
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: { map: join(here, "src", "map.js"), charts: join(here, "src", "charts.js") },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "iife",
  target: ["es2020"],
  outdir: out,
  loader: { ".png": "file", ".svg": "file" },
  assetNames: "[name]-[hash]",
  legalComments: "linked",
  logLevel: "info",
});
await writeFile(join(out, ".built"), new Date().toISOString() + "\n");
