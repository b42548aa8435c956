/**
 * Warning signs, in levels (the table with its sources: models/content/signs.ts):
 * one to three signs said together get the level the table gives them together,
 * never a stretch, even mid-routine, where the stretch stops first and the
 * place stays saved. Pain said in words the skill does not know gets one or two
 * yes/no questions that lead to a level. A question about the signs, or about
 * the emergency number, is information, and the session goes on.
 */
import { SIGN_TABLE } from "../../models/content/signs";
import { SIGN_SLOTS } from "../../models/language/types";
import { RED_FLAG_IDS, type RedFlagId } from "../../models/types";
import { ask } from "../speech/reply";
import { aboutSign, signsReply } from "../speech/replies/safety";
import { says } from "../speech/ssml";
import { isIntent, slotOf } from "../turn/request";
import { buildOutcome, routineRunning, type TurnInput, type Handler, type Outcome } from "../turn/outcome";
import { sayAgain } from "./moves";

/** The signs the user named, heard in any of the three slots. */
function signsHeard(context: TurnInput): RedFlagId[] {
  const ids = SIGN_SLOTS.map((slot) => slotOf(context.request, slot, RED_FLAG_IDS).id);
  return ids.filter((id): id is RedFlagId => id !== undefined);
}

/** The level's reply for `ids`: ends the session; a routine's place stays saved. */
export function signsOutcome(context: TurnInput, ids: readonly RedFlagId[]): Outcome {
  const { reply, ifUnsaved } = signsReply(ids, routineRunning(context), context.content);
  return buildOutcome(context, reply, { disclaimer: "not-now", ifUnsaved });
}

export const RedFlagHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "RedFlagIntent"),
  handle(context) {
    const ids = signsHeard(context);
    return ids.length ? signsOutcome(context, ids) : screen(context, 1);
  },
};

/**
 * A pain said in words the skill does not know (a warning sign heard, its
 * symptom unmatched): mid-routine the stretch stops first; then a yes/no
 * question. Step 1: after a fall, a crash or a blow to the head? Step 2:
 * numbness, tingling or weakness in the arms or legs?
 */
function screen(context: TurnInput, step: 1 | 2): Outcome {
  const { warningSigns } = context.content;
  const question = step === 1 ? warningSigns.screenInjury : warningSigns.screenNerves;
  const first = step === 1 && routineRunning(context) ? warningSigns.stopStretch : "";
  return buildOutcome(context, ask(says(first, question), says(warningSigns.screenReprompt, question)), {
    offered: { kind: "screen", step },
    disclaimer: "not-now",
  });
}

/** "Yes" to a screening question: the level of a blow or a fall, or of nerve signs. */
export function screenYes(context: TurnInput, step: 1 | 2): Outcome {
  return signsOutcome(context, step === 1 ? ["injury"] : ["both-hands"]);
}

/** "No": the next question, or, after both, ordinary soreness and what helps (the routine, if any, goes on). */
export function screenNo(context: TurnInput, step: 1 | 2): Outcome {
  if (step === 1) return screen(context, 2);
  const { warningSigns, words } = context.content;
  if (routineRunning(context)) {
    return buildOutcome(
      context,
      ask(says(warningSigns.screenClear, words.topic.routineGoesOn), says(words.topic.routineGoesOn)),
    );
  }
  const question = words.answer.offerRelief;
  return buildOutcome(
    context,
    ask(says(warningSigns.screenClear, question), says(question, words.answer.yesNoReprompt)),
    {
      offered: { kind: "answer", topic: "relief" },
    },
  );
}

/** "What are the warning signs", "is tingling serious": the most urgent signs (the rest on a yes), or that sign's level; the session and the routine go on. */
export const WarningSignsHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "WarningSignsIntent"),
  handle(context) {
    const { id } = slotOf(context.request, "symptom", RED_FLAG_IDS);
    const sign = SIGN_TABLE.find((s) => s.id === id);
    if (!sign) return sayAgain(context, { kind: "answer", topic: "warning-signs" });
    const { words } = context.content;
    const sentences = aboutSign(sign.id, sign.listed, context.content);
    const prompt = routineRunning(context) ? words.topic.routineGoesOn : words.topic.warningSignsReprompt;
    return buildOutcome(context, ask(says(...sentences, prompt), says(prompt)), {
      said: { kind: "answer", topic: "warning-signs" },
    });
  },
};

/** "What's the emergency number", "when do I ring triple zero": the local number, when to call it from a phone, and the rest on a yes. */
export const EmergencyNumberHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "EmergencyNumberIntent"),
  handle(context) {
    const { warningSigns, words } = context.content;
    const { care } = warningSigns;
    const card = { title: words.redFlag.cardTitle, text: `${care.numberIs} ${warningSigns.whenToCall(care.callCard)}` };
    return buildOutcome(
      context,
      ask(
        says(care.numberIs, warningSigns.whenToCall(care.call), warningSigns.wantTheRest),
        says(warningSigns.wantTheRest, words.answer.yesNoReprompt),
        card,
      ),
      // The number first: the note about being a coach waits for a later turn.
      {
        offered: { kind: "answer", topic: "urgent-signs" },
        said: { kind: "answer", topic: "warning-signs" },
        disclaimer: "not-now",
      },
    );
  },
};
