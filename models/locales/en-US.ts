/** English (US): the base every English locale falls back to. */
import { EN_US_CONTENT } from "../content/content";
import type { LocaleDefinition } from "./types";

export const EN_US_LOCALE: LocaleDefinition<never> = { content: EN_US_CONTENT };
