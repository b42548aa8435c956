/**
 * ask-sdk-core's values, imported here alone: the bundle then wraps the
 * CommonJS package once, where each importer would cost a copy of its exports
 * at cold start. Types may be imported from ask-sdk-core anywhere.
 */
export { DefaultApiClient, ResponseFactory, SkillBuilders } from "ask-sdk-core";
