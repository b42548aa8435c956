/**
 * One writer of the fault suite (test/persistence/fault-suite.test.ts): plays
 * sessions of one user on a file store, each a visit, loaded and saved as the
 * turn does, until it is killed. After each save the store acknowledged it
 * prints one line, "ack" (stdout to a pipe is written synchronously on Linux,
 * so no acknowledged line is lost with the process).
 *   node --import tsx file-writer.child.ts <folder> <key>
 */
import { FileStore } from "../../lambda/persistence/file-store";
import { loadRecord, saveRecord } from "../../lambda/persistence/records";

async function main(): Promise<void> {
  const [folder, key] = process.argv.slice(2);
  if (!folder || !key) throw new Error("usage: file-writer.child.ts <folder> <key>");
  const store = new FileStore(folder);
  for (;;) {
    const loaded = await loadRecord(store, key);
    if (!loaded.writable) continue;
    const saved = await saveRecord(store, key, loaded.token, loaded.record, {
      ...loaded.record,
      visits: loaded.record.visits + 1,
    });
    if (saved.ok) process.stdout.write("ack\n");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
