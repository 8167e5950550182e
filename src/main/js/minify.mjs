// The site's scripts are written here, readable, and served minified from assets/js/ (the search
// client is half of a first query's download). `npm run minify` writes each one there;
// `node src/main/js/minify.mjs --check` writes nothing and fails when a served script is not the
// minified form of its source (ScriptsTest runs it in `mvn verify`).
import { minify } from "terser";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const served = path.resolve(here, "../../../assets/js");
const check = process.argv.includes("--check");
let stale = 0;
for (const name of (await readdir(here)).filter((f) => f.endsWith(".js")).sort()) {
  const source = await readFile(path.join(here, name), "utf8");
  const preamble = `/* Minified from src/main/js/${name} by "npm run minify": edit that file, then run it. */`;
  const { code } = await minify(source, {
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false, preamble },
  });
  const target = path.join(served, name);
  const current = await readFile(target, "utf8").catch(() => null);
  if (current === code + "\n") {
    continue;
  }
  if (check) {
    console.error(`assets/js/${name} is not the minified form of src/main/js/${name}: run npm run minify`);
    stale++;
  } else {
    await writeFile(target, code + "\n");
    console.log(`assets/js/${name}: ${source.length} -> ${code.length + 1} characters`);
  }
}
process.exit(stale ? 1 : 0);
