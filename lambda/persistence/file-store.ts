import { join } from "node:path";
import type { PersistenceAdapter } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import type { RecordStore, StoredItem, WriteResult } from "./store";
import { userKey } from "./user-key";
import { isPlainObject } from "./user-record";

interface NodeModules {
  readonly fs: typeof import("node:fs/promises");
  readonly crypto: typeof import("node:crypto");
}
let loaded: Promise<NodeModules> | undefined;

/**
 * node:fs/promises and node:crypto, loaded on first use: a Lambda on the
 * DynamoDB or memory store should not pay for them. Loaded with require,
 * about 2 ms here; import() would start Node's ES module loader, about 7 ms.
 */
function node(): Promise<NodeModules> {
  loaded ??= (async () => ({
    fs: require("node:fs/promises") as NodeModules["fs"],
    crypto: require("node:crypto") as NodeModules["crypto"],
  }))();
  return loaded;
}

/**
 * One JSON file per user in `folder`, named by the sha256 of the user key.
 * Writes go to a unique temp file in the same folder, then rename over the
 * target, so a reader never sees half a file. A missing or unreadable-as-JSON
 * file reads as `{}`; other file system errors are thrown.
 */
export class FileStore implements RecordStore, PersistenceAdapter {
  constructor(private readonly folder: string) {}

  /** Interim: versions are not kept yet, every item reads as version 0 and writes are unconditional. */
  async read(key: string): Promise<StoredItem | undefined> {
    const data = await this.getByKey(key);
    return Object.keys(data).length === 0 ? undefined : { data, version: 0 };
  }

  async write(key: string, data: Readonly<Record<string, unknown>>, _expected: number | undefined): Promise<WriteResult> {
    await this.saveByKey(key, { ...data });
    return { ok: true, version: 0 };
  }

  async remove(key: string): Promise<void> {
    await this.deleteByKey(key);
  }

  getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return this.getByKey(userKey(envelope));
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    return this.saveByKey(userKey(envelope), attributes);
  }

  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    return this.deleteByKey(userKey(envelope));
  }

  private async getByKey(key: string): Promise<Record<string, unknown>> {
    const { fs, crypto } = await node();
    let text: string;
    try {
      text = await fs.readFile(this.pathFor(key, crypto), "utf8");
    } catch (error) {
      if (isMissingFile(error)) return {};
      throw error;
    }
    const parsed = parseJson(text);
    return isPlainObject(parsed) ? parsed : {};
  }

  private async saveByKey(key: string, attributes: Record<string, unknown>): Promise<void> {
    const { fs, crypto } = await node();
    await fs.mkdir(this.folder, { recursive: true });
    const target = this.pathFor(key, crypto);
    const temp = `${target}.${crypto.randomUUID()}.tmp`;
    try {
      await fs.writeFile(temp, JSON.stringify(attributes), "utf8");
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  private async deleteByKey(key: string): Promise<void> {
    const { fs, crypto } = await node();
    await fs.rm(this.pathFor(key, crypto), { force: true });
  }

  private pathFor(key: string, crypto: NodeModules["crypto"]): string {
    const name = crypto.createHash("sha256").update(key).digest("hex");
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
