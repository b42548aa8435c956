/** Every content module of Neck Coach and every locale's changes to them, re-exported so none is shaken out. */
export * from "../../models/content/answers";
export * from "../../models/content/content";
export * from "../../models/content/causes";
export * from "../../models/content/exercises";
export * from "../../models/content/pace";
export * from "../../models/content/pacing";
export * from "../../models/content/prompts";
export * from "../../models/content/reminders";
export * from "../../models/content/routines";
export * from "../../models/content/safety";
export * from "../../models/content/stretches";
export * from "../../models/content/topics";
export * from "../../models/content/triage";
export { LOCALES } from "../../models/locales";
