/**
 * A store that counts the calls made to the store it wraps: reads, writes
 * (quarantine copies included) and removes. For the benchmark's store round
 * trips and for tests.
 */
import type { RecordStore, StoredItem, WriteResult } from "../../lambda/persistence/store";

export class CountingStore implements RecordStore {
  reads = 0;
  writes = 0;
  removes = 0;
  /** Offered when the inner store offers it (a store with a lock): one locked read and write, counted as a write. */
  readonly writeDecided?: RecordStore["writeDecided"];

  constructor(private readonly inner: RecordStore) {
    const decided = inner.writeDecided?.bind(inner);
    if (decided) {
      this.writeDecided = (key, decide) => {
        this.writes += 1;
        return decided(key, decide);
      };
    }
  }

  get kind(): RecordStore["kind"] {
    return this.inner.kind;
  }

  read(key: string, deadline?: number): Promise<StoredItem | undefined> {
    this.reads += 1;
    return this.inner.read(key, deadline);
  }

  write(
    key: string,
    data: Readonly<Record<string, unknown>>,
    expected: number | undefined,
    deadline?: number,
  ): Promise<WriteResult> {
    this.writes += 1;
    return this.inner.write(key, data, expected, deadline);
  }

  quarantine(key: string, item: StoredItem, deadline?: number): Promise<boolean> {
    this.writes += 1;
    return this.inner.quarantine(key, item, deadline);
  }

  remove(key: string): Promise<void> {
    this.removes += 1;
    return this.inner.remove(key);
  }

  reset(): void {
    this.reads = 0;
    this.writes = 0;
    this.removes = 0;
  }
}
