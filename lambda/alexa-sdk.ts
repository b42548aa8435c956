/**
 * The ask-sdk-core functions Neck Coach calls, imported from the package here
 * and nowhere else. The bundler wraps a CommonJS package in a fresh copy of its
 * exports for every module that imports a value from it, and each copy costs
 * cold-start time; one importer means one copy. Types still come straight from
 * ask-sdk-core with `import type`, which leaves nothing in the bundle.
 */
export { SkillBuilders } from "ask-sdk-core";
