/** Access to the built add-in in dist/, which `npm test` builds before running jest. */
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

/** Every file under a folder, its subfolders' included. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

function newestSource(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

/** Reads a file of dist/, failing clearly when the build is missing or older than src/. */
export function readDist(file: string, encoding: BufferEncoding | null = "utf8"): string | Buffer {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` (npm test does it first)`);
  if (fs.statSync(full).mtimeMs < newestSource(path.join(ROOT, "src"))) {
    throw new Error(`dist/${file} is older than src/: run \`npm run build\` again`);
  }
  return encoding ? fs.readFileSync(full, encoding) : fs.readFileSync(full);
}
