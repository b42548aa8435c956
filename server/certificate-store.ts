/**
 * Signing keys by certificate chain URL: each normalised URL is downloaded at
 * most once per cache period, with a deadline and a cap on downloads at once,
 * and its result is cached, failures included, so that requests naming many
 * URLs, or URLs whose host hangs or serves untrusted chains, cannot tie up the
 * server. A request that finds all download slots and the queue taken is
 * refused at once (and that refusal is not cached).
 */
import type { KeyObject } from "node:crypto";
import { nodeRootCertificates, TrustAnchors, verifyChain, type VerifiedChain } from "./certificate-chain";
import { fetchCertificateText, type CertificateFetcher } from "./certificate-fetch";

export interface CertificateStoreOptions {
  /** Downloads a chain (default: HTTPS GET of the URL). */
  readonly fetch?: CertificateFetcher;
  /** PEM certificates a chain may end in (default: Node's root CAs). */
  readonly trustAnchors?: readonly string[];
  /** Longest download, and longest wait for a download slot (default 3000 ms each). */
  readonly timeoutMs?: number;
  /** Downloads at once (default 4). */
  readonly maxConcurrent?: number;
  /** Downloads waiting for a slot (default 32); past that, refused at once. */
  readonly maxQueued?: number;
  /** URLs remembered (default 1000); the oldest is forgotten first. */
  readonly maxEntries?: number;
  /** How long a failure is remembered (default 60 s). */
  readonly failureTtlMs?: number;
  /** How long a good chain is used before it is downloaded again (default 1 h, never past its expiry). */
  readonly successTtlMs?: number;
}

interface Entry {
  /** Until when the result stands; Infinity while downloading. */
  until: number;
  readonly result: Promise<VerifiedChain>;
}

/** No download slot came free in time: not the URL's fault, so not remembered. */
class Busy extends Error {}

interface Waiter {
  readonly take: () => void;
  readonly timer: NodeJS.Timeout;
}

export class CertificateStore {
  private readonly fetch: CertificateFetcher;
  private readonly anchors: TrustAnchors;
  private readonly timeoutMs: number;
  private readonly maxConcurrent: number;
  private readonly maxQueued: number;
  private readonly maxEntries: number;
  private readonly failureTtlMs: number;
  private readonly successTtlMs: number;
  private readonly entries = new Map<string, Entry>();
  private readonly waiting: Waiter[] = [];
  private active = 0;

  constructor(options: CertificateStoreOptions = {}) {
    this.fetch = options.fetch ?? fetchCertificateText;
    // Parsed now, at start-up, not while a request waits.
    this.anchors = options.trustAnchors ? new TrustAnchors(options.trustAnchors) : nodeRootCertificates();
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.maxConcurrent = options.maxConcurrent ?? 4;
    this.maxQueued = options.maxQueued ?? 32;
    this.maxEntries = options.maxEntries ?? 1000;
    this.failureTtlMs = options.failureTtlMs ?? 60_000;
    this.successTtlMs = options.successTtlMs ?? 3_600_000;
  }

  /** The signing key of the chain at `url` (already normalised), or throws an Error saying why not. */
  async signingKey(url: URL): Promise<KeyObject> {
    const key = url.href;
    const now = Date.now();
    let entry = this.entries.get(key);
    if (entry && entry.until <= now) {
      this.entries.delete(key);
      entry = undefined;
    }
    if (!entry) {
      if (this.active + this.waiting.length >= this.maxConcurrent + this.maxQueued) {
        throw new Error("too many certificate downloads in progress");
      }
      entry = this.remember(key, this.download(url));
    }
    const chain = await entry.result;
    if (chain.notAfter < Date.now()) throw new Error("a certificate in the chain is expired or not yet valid");
    return chain.publicKey;
  }

  private remember(key: string, result: Promise<VerifiedChain>): Entry {
    const entry: Entry = { until: Infinity, result };
    this.entries.set(key, entry);
    const oldest = this.entries.keys().next().value;
    if (this.entries.size > this.maxEntries && oldest !== undefined) this.entries.delete(oldest);
    result.then(
      (chain) => {
        entry.until = Math.min(Date.now() + this.successTtlMs, chain.notAfter);
      },
      (error: unknown) => {
        if (error instanceof Busy) {
          if (this.entries.get(key) === entry) this.entries.delete(key);
        } else {
          entry.until = Date.now() + this.failureTtlMs;
        }
      },
    );
    return entry;
  }

  private async download(url: URL): Promise<VerifiedChain> {
    await this.slot();
    try {
      const pem = await this.fetchWithDeadline(url);
      return await verifyChain(pem, this.anchors, Date.now());
    } finally {
      this.release();
    }
  }

  /** The fetch, stopped by its signal at the deadline; rejects then even if the fetcher does not stop. */
  private async fetchWithDeadline(url: URL): Promise<string> {
    const controller = new AbortController();
    const deadline = new Promise<never>((_, reject) => {
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason as Error), { once: true });
    });
    const timer = setTimeout(
      () => controller.abort(new Error(`certificate download took over ${this.timeoutMs} ms`)),
      this.timeoutMs,
    );
    try {
      return await Promise.race([this.fetch(url, controller.signal), deadline]);
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }

  /** Resolves once a download slot is ours; rejects with Busy if none comes free within timeoutMs. */
  private slot(): Promise<void> {
    if (this.active < this.maxConcurrent) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        take: () => {
          clearTimeout(waiter.timer);
          this.active++;
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new Busy(`no certificate download slot came free within ${this.timeoutMs} ms`));
        }, this.timeoutMs),
      };
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.take();
  }
}
