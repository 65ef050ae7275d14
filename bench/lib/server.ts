/**
 * The production server for benchmarks: `next build` into its own distDir (leaving the developer's
 * .next, tsconfig.json and next-env.d.ts as they were), `next start` on a free loopback port, and
 * a clean stop of the whole process group, also on Ctrl-C.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
let distDir = ".bench/build";

/** Chooses the folder the benchmark builds into and serves from. */
export function setDistDir(dir: string): void {
  distDir = dir;
}


const nextBin = path.join(root, "node_modules/.bin/next");
const nextEnv = () => ({ ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" });
/** Things to undo when the process ends, however it ends. */
export const cleanups = new Set<() => void>();
const runCleanups = () => cleanups.forEach((fn) => fn());
process.on("exit", runCleanups);
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.once(signal, () => {
    runCleanups();
    process.exit(code);
  });
}

/** Runs a command to the end with its output captured; the output is printed only if it fails. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${code}):\n${output}`))));
  });
}

const readText = (file: string) => (fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file), "utf8") : "");
const typesDirIn = (nextEnvText: string) => /import "\.\/(.+?)\/types\/routes\.d\.ts"/.exec(nextEnvText)?.[1];

/**
 * `next build` adds distDir's type folders to tsconfig.json's include and points next-env.d.ts at
 * them. This takes out just those changes (other tools may edit these files in the meantime).
 */
function undoTypeRefs(dir: string, nextEnvBefore: string): void {
  const added = [`${dir}/types/**/*.ts`, `${dir}/dev/types/**/*.ts`];
  try {
    const config = JSON.parse(readText("tsconfig.json")) as { include?: string[] };
    if (config.include?.some((entry) => added.includes(entry))) {
      config.include = config.include.filter((entry) => !added.includes(entry));
      fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify(config, null, 2) + "\n");
    }
  } catch {
    console.warn(`tsconfig.json is not plain JSON: remove ${added.join(" and ")} from its include by hand.`);
  }
  const nextEnvNow = readText("next-env.d.ts");
  if (typesDirIn(nextEnvNow) === dir) {
    const previous = typesDirIn(nextEnvBefore);
    fs.writeFileSync(path.join(root, "next-env.d.ts"), nextEnvNow.replaceAll(`./${dir}/`, `./${previous && previous !== dir ? previous : ".next"}/`));
  }
}

/** Runs work that builds into `dir`, then takes out what that build added to tsconfig.json and next-env.d.ts. */
export async function withTypeRefsUndone<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const nextEnvBefore = readText("next-env.d.ts");
  try {
    return await work();
  } finally {
    undoTypeRefs(dir, nextEnvBefore);
  }
}

/** The social images and `next build` into distDir, leaving tsconfig.json and next-env.d.ts as they were. */
export async function buildSite(): Promise<void> {
  const started = Date.now();
  console.log(`Building the site into ${distDir} (SKIP_BUILD=1 skips this)…`);
  // As `npm run build` does: the social images into public/og first (lib/seo/og-build.ts).
  await run(path.join(root, "node_modules/.bin/tsx"), ["scripts/prebuild.ts"], nextEnv());
  await withTypeRefsUndone(distDir, () => run(nextBin, ["build"], nextEnv()));
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });

/** The first free port from `from` on (a few tries), so a busy default port does not stop the run. */
export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 20; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${from}-${from + 19}`);
}

/** Sends a signal to the whole process group of a detached child, ignoring one that is gone. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Starts `next start` on 127.0.0.1 and resolves once it answers; `stop` ends its process group. */
export async function startServer(port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(nextBin, ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env: nextEnv(), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (d: Buffer) => (log = (log + d.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const kill = () => killGroup(child, "SIGKILL");
  cleanups.add(kill);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    killGroup(child, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    kill();
    cleanups.delete(kill);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(origin + "/", { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
    if (ok) return { origin, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`next start did not answer on ${origin}:\n${log}`);
}
