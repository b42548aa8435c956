import { createHash, randomUUID } from "node:crypto";
import { join } from "node:path";
import type { PersistenceAdapter } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import { userKey } from "./user-key";
import { isPlainObject } from "./user-record";

type FsPromises = typeof import("node:fs/promises");
let fsPromises: Promise<FsPromises> | undefined;

/**
 * node:fs/promises, imported on first use: loading it costs a few ms of cold
 * start, which a Lambda on the DynamoDB or memory store should not pay.
 */
function fs(): Promise<FsPromises> {
  fsPromises ??= import("node:fs/promises");
  return fsPromises;
}

/**
 * One JSON file per user in `folder`, named by the sha256 of the user key.
 * Writes go to a unique temp file in the same folder, then rename over the
 * target, so a reader never sees half a file. A missing or unreadable-as-JSON
 * file reads as `{}`; other file system errors are thrown.
 */
export class FileStore implements PersistenceAdapter {
  constructor(private readonly folder: string) {}

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const { readFile } = await fs();
    let text: string;
    try {
      text = await readFile(this.pathFor(envelope), "utf8");
    } catch (error) {
      if (isMissingFile(error)) return {};
      throw error;
    }
    const parsed = parseJson(text);
    return isPlainObject(parsed) ? parsed : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const { mkdir, rename, rm, writeFile } = await fs();
    await mkdir(this.folder, { recursive: true });
    const target = this.pathFor(envelope);
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(attributes), "utf8");
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const { rm } = await fs();
    await rm(this.pathFor(envelope), { force: true });
  }

  private pathFor(envelope: RequestEnvelope): string {
    const name = createHash("sha256").update(userKey(envelope)).digest("hex");
    return join(this.folder, `${name}.json`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
