import type { RequestEnvelope } from "ask-sdk-model";

export interface EnvelopeIds {
  userId?: string;
  personId?: string;
  /** session.user.userId; defaults to userId. */
  sessionUserId?: string;
}

/** A minimal LaunchRequest envelope carrying the given user, person and session ids. */
export function userEnvelope(ids: EnvelopeIds): RequestEnvelope {
  const application = { applicationId: "amzn1.ask.skill.test" };
  const sessionUserId = ids.sessionUserId ?? ids.userId;
  return {
    version: "1.0",
    ...(sessionUserId === undefined
      ? {}
      : { session: { new: true, sessionId: "session-1", application, user: { userId: sessionUserId } } }),
    context: {
      System: {
        application,
        user: { userId: ids.userId ?? "" },
        ...(ids.personId === undefined ? {} : { person: { personId: ids.personId } }),
        apiEndpoint: "https://api.amazonalexa.com",
      },
    },
    request: { type: "LaunchRequest", requestId: "request-1", timestamp: "2026-01-01T00:00:00Z", locale: "en-US" },
  };
}
