import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import type { Context } from "aws-lambda";
import { createRecordStore } from "./persistence/store-config";
import { buildSkill } from "./skill";

/** Built once, at module load; every invocation reuses it. */
const skill = buildSkill({
  store: createRecordStore(process.env),
  ...(process.env.SKILL_ID ? { skillId: process.env.SKILL_ID } : {}),
});

/** The Lambda entry point (async, so it runs on nodejs22.x and later): ask-sdk-core's CustomSkill.invoke. */
export const handler = (event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
