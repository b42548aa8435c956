/**
 * test/server/serve.child.ts started as a process of its own, for tests that
 * must see whether the server survives: resolves once it listens.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const CHILD = join(__dirname, "serve.child.ts");

export interface Served {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

export async function serveInChild(env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD], {
    cwd: ROOT,
    env: { ...process.env, NECK_COACH_STORE: "memory", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const line = /^\{.*\}$/m.exec(stdout)?.[0];
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}): ${stderr}`)));
  });
  return { child, url, stderr: () => stderr, exited };
}
