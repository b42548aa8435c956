/**
 * Neck Coach as an HTTPS web service (behind a TLS proxy): an Express app
 * that checks every request as Alexa requires before the skill sees it.
 *
 *   POST /  and  POST /alexa   the skill
 *   GET  /health               {"status":"ok"}
 *
 * Per request, in order: read the body (at most `bodyLimit`, else 413), parse
 * it (400 unless it is an Alexa request envelope with a request and a context),
 * check the timestamp (./timestamp.ts) and the signature (./signature.ts) (400),
 * check the skill id (403), invoke the skill (200, or 500 if it throws) unless
 * the client has gone. Every answer that is not the skill's is a short JSON
 * error. One structured log line per request, every field cut to a bounded
 * length; it never holds a user id, anything the user said, or a slot value.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { RequestEnvelope } from "ask-sdk-model";
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type RequestHandler,
  type Response,
} from "express";
import type { RecordStore } from "../lambda/persistence/store";
import { createRecordStore } from "../lambda/persistence/store-config";
import { buildSkill, type Skill } from "../lambda/skill";
import { CertificateStore, type CertificateStoreOptions } from "./certificate-store";
import { checkSignature } from "./signature";
import { timestampProblem } from "./timestamp";

export const DEFAULT_BODY_LIMIT = "256kb";
export const SKILL_PATHS = ["/", "/alexa"];
export const INSECURE_WARNING =
  "request verification is off (--insecure-dev): do not expose this server to the internet";

/** What went on with one request, as one JSON line. */
export interface RequestLogLine {
  readonly level: "info" | "warn" | "error";
  readonly method: string;
  /** The path, at most 100 characters. */
  readonly path: string;
  /** The Alexa request id, when the body had one, at most 120 characters. */
  readonly requestId: string | null;
  readonly requestType: string | null;
  readonly intent: string | null;
  readonly latencyMs: number;
  /** The status sent; 499 when the client went away before the answer was sent. */
  readonly status: number;
  readonly outcome: Outcome;
  /** Why a verification failed, in the verifier's words (never user data). */
  readonly detail?: string;
  /** The name of an error the skill threw (no message: it could quote the user). */
  readonly errorName?: string;
  readonly warning?: string;
}

export type Outcome =
  | "ok"
  | "health"
  | "not_found"
  | "method_not_allowed"
  | "body_too_large"
  | "bad_body"
  | "malformed_json"
  | "not_an_alexa_request"
  | "signature_invalid"
  | "timestamp_invalid"
  | "wrong_skill"
  | "skill_error"
  | "aborted";

export type RequestLogger = (line: RequestLogLine) => void;

export interface AppOptions {
  /** The skill to serve; built once from `store` when absent. */
  readonly skill?: Skill;
  /** Where user progress is kept; default: the store named by the environment. */
  readonly store?: RecordStore;
  /** Requests for any other skill are refused with 403. Required while the signature is verified. */
  readonly skillId?: string;
  /** Verify the request signature (default true). */
  readonly verifySignature?: boolean;
  /** Verify that the request timestamp is at most 150 s from now (default true). */
  readonly verifyTimestamp?: boolean;
  /** Where signing certificates come from and how they are cached (defaults: HTTPS from Amazon, Node's root CAs). */
  readonly certificates?: CertificateStoreOptions;
  /** Largest accepted body, in bytes or as "256kb" (default 256 KB). */
  readonly bodyLimit?: string | number;
  /** Receives one line per request; default: JSON to stdout. */
  readonly log?: RequestLogger;
}

/** The status logged for a request whose client went away before the answer was sent. */
export const CLIENT_CLOSED_STATUS = 499;

export const stdoutLogger: RequestLogger = (line) => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

/** Thrown when the options would serve Alexa traffic without the checks it requires. */
export class UnsafeConfigurationError extends Error {
  override readonly name = "UnsafeConfigurationError";
}

interface LogFields {
  requestId: string | null;
  requestType: string | null;
  intent: string | null;
  outcome: Outcome | null;
  detail?: string;
  errorName?: string;
}

const fieldsOf = (res: Response): LogFields => res.locals as unknown as LogFields;

/** A short, single-line string from untrusted input, or null. */
function short(value: unknown, max = 120): string | null {
  return typeof value === "string" && value.length > 0 ? value.replace(/[\r\n]+/g, " ").slice(0, max) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sendError(res: Response, status: number, outcome: Outcome, message: string): void {
  fieldsOf(res).outcome = outcome;
  res.status(status).json({ error: outcome, message });
}

/** Builds the app, and the skill once. Throws UnsafeConfigurationError when verifying signatures without a skill id. */
export function createApp(options: AppOptions = {}): Express {
  const verifySignature = options.verifySignature ?? true;
  const verifyTimestamp = options.verifyTimestamp ?? true;
  const skillId = options.skillId?.trim() || undefined;
  if (verifySignature && !skillId) {
    throw new UnsafeConfigurationError(
      "SKILL_ID is not set. Set it to your skill's id (amzn1.ask.skill...., shown in the developer console) so requests for other skills are refused, or start with --insecure-dev for local testing only.",
    );
  }
  const log = options.log ?? stdoutLogger;
  const insecure = !verifySignature || !verifyTimestamp;
  const skill =
    options.skill ??
    buildSkill({
      store: options.store ?? createRecordStore(process.env),
      ...(skillId ? { skillId } : {}),
    });
  const certificates = verifySignature ? new CertificateStore(options.certificates) : undefined;

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);

  // One log line per request, written when the response is done (or the client gave up).
  app.use((req, res, next) => {
    const started = performance.now();
    Object.assign(res.locals, { requestId: null, requestType: null, intent: null, outcome: null } satisfies LogFields);
    let written = false;
    const write = (aborted: boolean) => {
      if (written) return;
      written = true;
      const fields = fieldsOf(res);
      const status = aborted ? CLIENT_CLOSED_STATUS : res.statusCode;
      const outcome: Outcome = aborted ? "aborted" : (fields.outcome ?? (status === 404 ? "not_found" : "ok"));
      const level = status >= 500 && !aborted ? "error" : insecure ? "warn" : "info";
      try {
        log({
          level,
          method: req.method.slice(0, 20),
          path: req.path.slice(0, 100),
          requestId: fields.requestId,
          requestType: fields.requestType,
          intent: fields.intent,
          latencyMs: Math.round((performance.now() - started) * 100) / 100,
          status,
          outcome,
          ...(fields.detail ? { detail: fields.detail } : {}),
          ...(fields.errorName ? { errorName: fields.errorName } : {}),
          ...(insecure ? { warning: INSECURE_WARNING } : {}),
        });
      } catch {
        // A failing log sink must not take the server down.
      }
    };
    res.on("finish", () => write(false));
    res.on("close", () => write(!res.writableFinished));
    next();
  });

  app.get("/health", (_req, res) => {
    fieldsOf(res).outcome = "health";
    res.json({ status: "ok" });
  });

  const readBody = express.text({
    type: () => true,
    limit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    defaultCharset: "utf-8",
  });

  const handleSkillRequest: RequestHandler = async (req: Request, res: Response) => {
    const fields = fieldsOf(res);
    const body = typeof req.body === "string" ? req.body : "";

    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return sendError(res, 400, "malformed_json", "The body is not valid JSON.");
    }
    const request = isRecord(parsed) ? parsed.request : undefined;
    const system = isRecord(parsed) && isRecord(parsed.context) ? parsed.context.System : undefined;
    if (!isRecord(request) || typeof request.type !== "string" || !isRecord(system)) {
      return sendError(res, 400, "not_an_alexa_request", "The body is not an Alexa request envelope.");
    }
    const envelope = parsed as unknown as RequestEnvelope;
    fields.requestId = short(request.requestId);
    fields.requestType = short(request.type, 80);
    fields.intent = isRecord(request.intent) ? short(request.intent.name, 80) : null;

    // The cheap local check first: a stale request costs no certificate download.
    const stale = verifyTimestamp ? timestampProblem(request, Date.now()) : undefined;
    if (stale) {
      fields.detail = stale;
      return sendError(
        res,
        400,
        "timestamp_invalid",
        "The request timestamp is missing, invalid or not within 150 seconds of now.",
      );
    }
    if (certificates) {
      try {
        await checkSignature(body, req.headers, certificates);
      } catch (error) {
        fields.detail = short(error instanceof Error ? error.message : String(error), 200) ?? undefined;
        return sendError(res, 400, "signature_invalid", "The request signature could not be verified.");
      }
    }
    const application = isRecord(system.application) ? system.application.applicationId : undefined;
    if (skillId && application !== skillId) {
      return sendError(res, 403, "wrong_skill", "This request is for another skill.");
    }
    // Alexa has given up on this request: no one would hear the answer, so the turn is not taken.
    if (res.destroyed) return;

    try {
      const response = await skill.invoke(envelope);
      fields.outcome = "ok";
      res.status(200).json(response);
    } catch (error) {
      fields.errorName = short(error instanceof Error ? error.name : typeof error, 80) ?? undefined;
      sendError(res, 500, "skill_error", "The skill could not handle this request.");
    }
  };

  app.post(SKILL_PATHS, readBody, handleSkillRequest);
  app.all(SKILL_PATHS, (_req, res) => {
    res.set("Allow", "POST");
    sendError(res, 405, "method_not_allowed", "Send Alexa requests with POST.");
  });
  app.use((_req, res) => sendError(res, 404, "not_found", "Nothing here."));

  // Body errors (too large, bad encoding, aborted) and anything unexpected.
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    const status = isRecord(error) && typeof error.status === "number" ? error.status : 500;
    const type = isRecord(error) ? error.type : undefined;
    // The client went away, or was cut off for sending too slowly: no one to answer; the line says "aborted".
    if (type === "request.aborted" || res.destroyed) {
      fieldsOf(res).outcome = "aborted";
      return;
    }
    if (res.headersSent) return;
    if (status === 413 || type === "entity.too.large") {
      return sendError(res, 413, "body_too_large", "The body is too large.");
    }
    if (status >= 400 && status < 500) {
      return sendError(res, status, "bad_body", "The body could not be read.");
    }
    fieldsOf(res).errorName = short(error instanceof Error ? error.name : typeof error, 80) ?? undefined;
    sendError(res, 500, "skill_error", "Something went wrong.");
  };
  app.use(onError);

  return app;
}

export interface RunningServer {
  readonly server: Server;
  /** http://host:port, with the port actually bound (port 0 picks a free one). */
  readonly url: string;
  close(): Promise<void>;
}

/** How long and how many a client may hold the server; Node's own defaults let a slow body sit for 300 s. */
export interface ServerLimits {
  /** All headers must arrive within this (default 5 s). */
  readonly headersTimeoutMs?: number;
  /** The whole request, body included, must arrive within this (default 10 s); answered 408 and closed after. */
  readonly requestTimeoutMs?: number;
  /** An idle kept-alive connection is closed after this (default 5 s). */
  readonly keepAliveTimeoutMs?: number;
  /** Open connections at most (default 256); more are closed at once. */
  readonly maxConnections?: number;
  /** How often the request and header deadlines are checked (default 1 s). */
  readonly checkIntervalMs?: number;
}

export const DEFAULT_LIMITS = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
  checkIntervalMs: 1_000,
} as const satisfies Required<ServerLimits>;

/** Starts the app on `host:port` with `limits`; resolves once it listens. */
export function startServer(
  app: Express,
  port: number,
  host: string,
  limits: ServerLimits = {},
): Promise<RunningServer> {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxConnections, checkIntervalMs } = {
    ...DEFAULT_LIMITS,
    ...limits,
  };
  return new Promise((resolve, reject) => {
    const server = createServer(
      {
        headersTimeout: headersTimeoutMs,
        requestTimeout: requestTimeoutMs,
        keepAliveTimeout: keepAliveTimeoutMs,
        connectionsCheckingInterval: checkIntervalMs,
      },
      app,
    );
    server.maxConnections = maxConnections;
    server.once("error", reject);
    server.once("listening", () => {
      server.off("error", reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeIdleConnections();
          }),
      });
    });
    server.listen(port, host);
  });
}
