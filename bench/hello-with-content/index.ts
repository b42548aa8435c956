/**
 * A diagnostic for the benchmark: the baseline skill (bench/hello) carrying all
 * of Neck Coach's content modules and every locale's changes to them,
 * re-exported so none is shaken out. Its size
 * and cold start show what the content alone costs, apart from Neck Coach's code.
 */
export * from "./content";
export { handler } from "../hello";
