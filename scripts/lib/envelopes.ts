/**
 * Request envelopes as Alexa sends them, and the slots inside them: the
 * builders that the tests (test/support/envelopes.ts) and the benchmark
 * (bench/envelopes.ts) both use.
 *
 *   envelope(request, { session: "continuing", attributes: { record } });
 *   slots: matched("stretch", "chin tuck", "chin-tuck"), unmatched(...), raw(...)
 */
import type { Request, RequestEnvelope, Slot } from "ask-sdk-model";

// ---------------------------------------------------------------- slots

/** A slot heard as `value`, with what entity resolution made of it. */
function resolvedSlot(
  name: string,
  value: string,
  code: "ER_SUCCESS_MATCH" | "ER_SUCCESS_NO_MATCH",
  ids: readonly string[],
): Slot {
  return {
    name,
    value,
    confirmationStatus: "NONE",
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.test.${name}`,
          status: { code },
          values: ids.map((id) => ({ value: { name: value, id } })),
        },
      ],
    },
  };
}

/** A slot that entity resolution matched to `id`. */
export function matched(name: string, value: string, id: string): Slot {
  return resolvedSlot(name, value, "ER_SUCCESS_MATCH", [id]);
}

/** A slot heard but not resolved (ER_SUCCESS_NO_MATCH). */
export function unmatched(name: string, value: string): Slot {
  return resolvedSlot(name, value, "ER_SUCCESS_NO_MATCH", []);
}

/** A slot with a value and no resolutions at all. */
export function raw(name: string, value?: string): Slot {
  return { name, ...(value === undefined ? {} : { value }), confirmationStatus: "NONE" };
}

// ---------------------------------------------------------------- envelopes

/** The application and user ids an envelope carries unless told otherwise. */
export const DEFAULT_APPLICATION_ID = "amzn1.ask.skill.test";
export const DEFAULT_USER_ID = "amzn1.ask.account.TEST-ENVELOPE-USER";

export interface EnvelopeOptions {
  /** "none": an out-of-session request (no `session`). Default "new". */
  readonly session?: "new" | "continuing" | "none";
  readonly sessionId?: string;
  /** session.attributes; absent when undefined. */
  readonly attributes?: unknown;
  /** context.System.user.userId; null leaves out `user`. */
  readonly userId?: string | null;
  /** context.System.person.personId; absent when undefined. */
  readonly personId?: string;
  readonly applicationId?: string;
  /** Adds an APL-capable screen to supportedInterfaces. */
  readonly screen?: boolean;
}

/** A full RequestEnvelope around `request`, as Alexa sends it. */
export function envelope(request: Request, options: EnvelopeOptions = {}): RequestEnvelope {
  const applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
  const application = { applicationId };
  const userId = options.userId === undefined ? DEFAULT_USER_ID : options.userId;
  const sessionKind = options.session ?? "new";
  const user = userId === null ? undefined : { userId };
  return {
    version: "1.0",
    ...(sessionKind === "none"
      ? {}
      : {
          session: {
            new: sessionKind === "new",
            sessionId: options.sessionId ?? "amzn1.echo-api.session.test-0001",
            application,
            user: { userId: userId ?? "" },
            ...(options.attributes === undefined ? {} : { attributes: options.attributes as Record<string, unknown> }),
          },
        }),
    context: {
      System: {
        application,
        ...(user ? { user } : {}),
        ...(options.personId === undefined ? {} : { person: { personId: options.personId } }),
        device: {
          deviceId: "amzn1.ask.device.test",
          supportedInterfaces: options.screen
            ? { "Alexa.Presentation.APL": { runtime: { maxVersion: "2023.3" } } }
            : {},
        },
        apiEndpoint: "https://api.amazonalexa.com",
      } as RequestEnvelope["context"]["System"],
    },
    request,
  };
}
