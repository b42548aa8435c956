import type { Content } from "../../../models/content/content";
import { levelOf, SIGN_TABLE } from "../../../models/content/signs";
import type { RedFlagId, RedFlagLevel } from "../../../models/types";
import { tell, type Reply } from "../reply";
import { says } from "../ssml";

/** The signs heard, most urgent first, without repeats. */
export function inTableOrder(ids: readonly RedFlagId[]): RedFlagId[] {
  // A fever and a stiff neck said apart are the one sign the table names for both.
  const both = ids.includes("fever") && ids.includes("stiff-neck") ? [...ids, "fever-stiff-neck" as const] : ids;
  return SIGN_TABLE.filter((sign) => both.includes(sign.id)).map((sign) => sign.id);
}

/**
 * What is said at a level for the signs heard; `call` is the locale's "call ...
 * from your phone", with the number in words for speech or digits for the card.
 */
function levelSentences(level: RedFlagLevel, ids: readonly RedFlagId[], call: string, content: Content): string[] {
  const { triage, warningSigns } = content;
  const { care, next } = warningSigns;
  // The extra lines of the most urgent sign that is at this level on its own (what would change it, where to go).
  const lead = ids.find((id) => SIGN_TABLE.find((sign) => sign.id === id)?.level === level);
  const extra = lead ? (next[lead]?.(call) ?? []) : [];
  // "If it gets worse, call ...", unless the sign's own lines already say when to call.
  const andIfWorse = extra.some((line) => line.includes(call)) ? extra : [...extra, warningSigns.ifWorse(call)];
  switch (level) {
    case "emergency":
      return [
        warningSigns.callNow(call),
        ...triage.emergency.say,
        ...(ids.includes("injury") || ids.includes("older-fall") ? triage.injury.say : []),
      ];
    case "urgent":
      return [care.today, ...triage.urgent.say, ...andIfWorse];
    case "soon":
      return [care.soon, ...triage.soon.say, ...(extra.length ? andIfWorse : [warningSigns.ifWorseSoon(call)])];
    case "dizziness":
      return [...triage.dizziness.say, warningSigns.dizzinessWith(call)];
    case "self-care":
      return extra.length
        ? [...extra]
        : [
            warningSigns.aboutSelfCare(SIGN_TABLE.find((sign) => sign.id === ids[0])?.listed ?? ""),
            warningSigns.ifWorse(call),
          ];
  }
}

/**
 * Warning signs: no stretching, a calm direction to care at the level the
 * table gives the signs together (models/content/signs.ts). Emergency: the
 * local number first, said as a person would, and "keep your neck still" after
 * an injury. Urgent: where to go today in the locale. Soon: a doctor or physio
 * within days. Dizziness alone: stop, sit or lie down. Self-care: what helps,
 * and what would make it urgent. Mid-routine, the stretch stops first. Ends
 * the session; a routine in progress stays saved, and the reply says so only
 * when it is (`ifUnsaved` otherwise). The card shows the number in digits.
 */
export function signsReply(
  heard: readonly RedFlagId[],
  inRoutine: boolean,
  content: Content,
): { reply: Reply; ifUnsaved: Reply } {
  const ids = inTableOrder(heard);
  const level = levelOf(ids) ?? "emergency";
  const { words, warningSigns } = content;
  const spoken = levelSentences(level, ids, warningSigns.care.call, content);
  const card = {
    title: words.redFlag.cardTitle,
    text: levelSentences(level, ids, warningSigns.care.callCard, content).join(" "),
  };
  const first = inRoutine ? warningSigns.stopStretch : "";
  return {
    reply: tell(says(first, ...spoken, inRoutine ? words.redFlag.routineKept : ""), card),
    ifUnsaved: tell(says(first, ...spoken), card),
  };
}

/** "Is tingling serious": one sign at its own level (the table's), named as `named`, in the locale's words and number. */
export function aboutSign(id: RedFlagId, named: string, content: Content): string[] {
  const sign = SIGN_TABLE.find((s) => s.id === id);
  const { warningSigns } = content;
  const { call } = warningSigns.care;
  switch (sign?.level) {
    case "emergency":
      return [warningSigns.aboutEmergency(named, call)];
    case "urgent":
      return [warningSigns.aboutUrgent(named, call)];
    case "soon":
      return [warningSigns.aboutSoon(named)];
    case "dizziness":
      return [warningSigns.aboutDizziness(call)];
    case "self-care":
      return [...(warningSigns.next[id]?.(call) ?? [warningSigns.aboutSelfCare(named)])];
    default:
      return [];
  }
}
