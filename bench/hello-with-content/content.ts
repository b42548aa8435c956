/**
 * Every content module Neck Coach's code imports (models/content, the ids and
 * types in models/types) and every locale's changes to them, re-exported so
 * none is shaken out. The search index is left out: Neck Coach loads it apart,
 * only for a search (scripts/lib/bundle.ts).
 */
export * from "../../models/content/answers";
export * from "../../models/content/ask-topics";
export * from "../../models/content/content";
export * from "../../models/content/causes";
export * from "../../models/content/exercises";
export * from "../../models/content/lifter";
export * from "../../models/content/pace";
export * from "../../models/content/pacing";
export * from "../../models/content/prompts";
export * from "../../models/content/reminders";
export * from "../../models/content/routines";
export * from "../../models/content/safety";
export * from "../../models/content/signs";
export * from "../../models/content/stretches";
export * from "../../models/content/topics";
export * from "../../models/content/triage";
export * from "../../models/types";
export { LOCALES } from "../../models/locales";
