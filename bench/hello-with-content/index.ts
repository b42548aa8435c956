/**
 * A diagnostic for the benchmark: the baseline skill (bench/hello) carrying all
 * of Neck Coach's content modules, re-exported so none is shaken out. Its size
 * and cold start show what the content alone costs, apart from Neck Coach's code.
 */
export * from "../../models/content/answers";
export * from "../../models/content/causes";
export * from "../../models/content/exercises";
export * from "../../models/content/prompts";
export * from "../../models/content/routines";
export * from "../../models/content/safety";
export * from "../../models/content/stretches";
export { handler } from "../hello";
