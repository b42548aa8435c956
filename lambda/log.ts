/**
 * One structured line per event, to stdout/stderr (CloudWatch on Lambda).
 * Never logs a user id, a person id or anything the user said.
 */

export interface ErrorEvent {
  readonly requestId: string | undefined;
  readonly where: string;
  readonly error: unknown;
}

function describe(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message.slice(0, 500) };
  return { name: typeof error, message: String(error).slice(0, 500) };
}

export function logError({ requestId, where, error }: ErrorEvent): void {
  console.error(JSON.stringify({ level: "error", requestId: requestId ?? null, where, error: describe(error) }));
}
