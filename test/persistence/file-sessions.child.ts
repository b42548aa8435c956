/**
 * One process of test/persistence/file-store-processes.test.ts: plays
 * `sessions` sessions of one user on a file store, each a visit (and every
 * `finishEvery`-th a finished routine), loaded and saved as the turn does.
 *   tsx file-sessions.child.ts <folder> <key> <sessions> <finishEvery>
 * Prints one JSON line: { saved, failed, reasons } (why saves failed, by reason).
 */
import { FileStore } from "../../lambda/persistence/file-store";
import { loadRecord, saveRecord } from "../../lambda/persistence/records";
import { recordStreak } from "../../lambda/domain/streak";
import type { UserRecord } from "../../lambda/persistence/user-record";

async function main(): Promise<void> {
  const [folder, key, sessionsArg, finishEveryArg] = process.argv.slice(2);
  if (!folder || !key) throw new Error("usage: file-sessions.child.ts <folder> <key> <sessions> <finishEvery>");
  const store = new FileStore(folder);
  const sessions = Number(sessionsArg);
  const finishEvery = Number(finishEveryArg);
  let saved = 0;
  let failed = 0;
  const reasons: Record<string, number> = {};
  for (let i = 1; i <= sessions; i += 1) {
    const loaded = await loadRecord(store, key);
    if (!loaded.writable) {
      failed += 1;
      continue;
    }
    let next: UserRecord = { ...loaded.record, visits: loaded.record.visits + 1, lastVisitDay: "2026-03-15" };
    if (i % finishEvery === 0) next = { ...recordStreak(next, "2026-03-15"), routine: null };
    const result = await saveRecord(store, key, loaded.token, loaded.record, next);
    if (result.ok) saved += 1;
    else {
      failed += 1;
      const reason =
        result.reason === "unavailable" ? String((result.error as Error | undefined)?.message) : result.reason;
      reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
  }
  process.stdout.write(`${JSON.stringify({ saved, failed, reasons })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
