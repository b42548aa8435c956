/** The in-the-moment decisions on plain data: pain, pace, wait, ending, warning signs, forget me, follow-ups. */
import { describe, expect, it } from "vitest";
import { PACE } from "../../models/content/prompts";
import { stretchById } from "../../models/content/stretches";
import { DiscomfortHandler } from "../../lambda/handlers/discomfort";
import { EndRoutineHandler, WaitHandler } from "../../lambda/handlers/wait-and-done";
import { ForgetMeHandler } from "../../lambda/handlers/forget";
import { TellMeMoreHandler } from "../../lambda/handlers/more-and-search";
import { NoHandler, YesHandler } from "../../lambda/handlers/navigation";
import { PaceHandler } from "../../lambda/handlers/pace";
import { RedFlagHandler, WarningSignsHandler } from "../../lambda/handlers/red-flag";
import { spokenText } from "../../scripts/lib/speech-text";
import { NO_DIALOG } from "../../lambda/turn/dialog";
import { contextOf } from "../support/context";

const said = (outcome: { reply: { speech: { toSsml(): string } } }) => spokenText(outcome.reply.speech.toSsml());
const midRoutine = { routine: { routineId: "quick", index: 1, continuous: false } } as const;

describe("pain in a stretch", () => {
  it("stops, offers the gentler version of the stretch in hand, keeps the record", () => {
    const context = contextOf({
      intent: "DiscomfortIntent",
      record: midRoutine,
      dialog: { offered: null, said: null, routineOpen: true },
    });
    const outcome = DiscomfortHandler.handle(context);
    expect(said(outcome)).toMatch(/^Stop there, and ease out of it slowly\./);
    expect(said(outcome)).not.toMatch(/say next/i);
    expect(outcome.dialog.offered).toEqual({ kind: "gentler", stretch: "chin-tuck" });
    expect(outcome.record).toBe(context.record);
  });

  it("yes then gives the gentler version; no gives the other ways on", () => {
    const dialog = { offered: { kind: "gentler", stretch: "chin-tuck" }, said: null, routineOpen: true } as const;
    expect(said(YesHandler.handle(contextOf({ intent: "AMAZON.YesIntent", record: midRoutine, dialog })))).toContain(
      stretchById("chin-tuck").gentler,
    );
    const no = NoHandler.handle(contextOf({ intent: "AMAZON.NoIntent", record: midRoutine, dialog }));
    expect(no.reply.endSession).toBe(false);
  });
});

describe("pace", () => {
  it("changes the record's pace and, in a routine, says the current stretch again at it", () => {
    const outcome = PaceHandler.handle(
      contextOf({
        intent: "PaceIntent",
        record: midRoutine,
        slots: { pace: { id: "longer-holds", raw: "hold it longer" } },
      }),
    );
    expect(outcome.record.pace).toEqual({ hold: "long", moves: "normal", talk: "normal" });
    expect(said(outcome)).toMatch(
      new RegExp(`^${PACE.confirm["longer-holds"]} .*Once more, stretch 2 of 3, the chin tuck\\.`),
    );
    expect(outcome.record.routine).toEqual(midRoutine.routine);
  });

  it("an unheard pace changes nothing and says what can be asked", () => {
    const context = contextOf({ intent: "PaceIntent", slots: { pace: { raw: "sideways" } } });
    const outcome = PaceHandler.handle(context);
    expect(outcome.record).toBe(context.record);
    expect(said(outcome)).toBe(PACE.unknown);
  });
});

describe("waiting and ending", () => {
  it("wait keeps everything and listens again", () => {
    const context = contextOf({ intent: "WaitIntent", record: midRoutine });
    const outcome = WaitHandler.handle(context);
    expect(outcome.reply.endSession).toBe(false);
    expect(outcome.record).toBe(context.record);
  });

  it("I'm done, with a routine saved on another visit: a goodbye, and the routine stays saved", () => {
    const outcome = EndRoutineHandler.handle(contextOf({ intent: "EndRoutineIntent", record: midRoutine }));
    expect(said(outcome)).not.toMatch(/Good work/);
    expect(outcome.record.routine).toEqual(midRoutine.routine);
  });

  it("I'm done: what was done, the place kept, and a reply for when it could not be saved", () => {
    const outcome = EndRoutineHandler.handle(
      contextOf({ intent: "EndRoutineIntent", record: midRoutine, dialog: { ...NO_DIALOG, routineOpen: true } }),
    );
    expect(said(outcome)).toBe(
      "Good work: that's 2 of 3 stretches of the quick routine. Your place is saved, so say ask neck coach to resume when you want the rest.",
    );
    expect(outcome.ifUnsaved && spokenText(outcome.ifUnsaved.speech.toSsml())).toMatch(
      /couldn't make sure your place was kept/,
    );
    expect(outcome.record.routine).toEqual(midRoutine.routine);
  });
});

describe("warning signs", () => {
  it("an injury: the number first, keep still; fever with a stiff neck: today, no keep still; with light hurting the eyes: the number", () => {
    const injury = said(
      RedFlagHandler.handle(contextOf({ intent: "RedFlagIntent", slots: { symptom: { id: "injury" } } })),
    );
    expect(injury).toMatch(/^Call nine one one from your phone now\..*Keep your neck as still as you can/);
    const fever = said(
      RedFlagHandler.handle(contextOf({ intent: "RedFlagIntent", slots: { symptom: { id: "fever-stiff-neck" } } })),
    );
    expect(fever).toMatch(/^Please get seen today/);
    expect(fever).not.toMatch(/still/);
    const both = said(
      RedFlagHandler.handle(
        contextOf({
          intent: "RedFlagIntent",
          slots: { symptom: { id: "fever-stiff-neck" }, symptomTwo: { id: "light-sensitivity" } },
        }),
      ),
    );
    expect(both).toMatch(/^Call nine one one from your phone now\./);
  });

  it("a question about them keeps the session and the routine", () => {
    const context = contextOf({ intent: "WarningSignsIntent", record: midRoutine });
    const outcome = WarningSignsHandler.handle(context);
    expect(outcome.reply.endSession).toBe(false);
    expect(outcome.record).toBe(context.record);
    expect(said(outcome)).toMatch(
      /^Call nine one one from your phone for chest pain.*Would you like the other warning signs\?$/,
    );
  });
});

describe("forget me", () => {
  it("asks first; yes deletes (the turn does it) and says so only if it worked", () => {
    const asked = ForgetMeHandler.handle(contextOf({ intent: "ForgetMeIntent" }));
    expect(asked.dialog.offered).toEqual({ kind: "forget" });
    expect(asked.forget).toBeUndefined();
    const yes = YesHandler.handle(
      contextOf({ intent: "AMAZON.YesIntent", dialog: { offered: { kind: "forget" }, said: null } }),
    );
    expect(yes.forget).toBe(true);
    expect(said(yes)).toMatch(/deleted everything/);
    expect(yes.ifUnsaved && spokenText(yes.ifUnsaved.speech.toSsml())).toMatch(
      /couldn't make sure your data was deleted/,
    );
  });
});

describe("tell me more", () => {
  it("goes one level deeper, once", () => {
    const first = TellMeMoreHandler.handle(
      contextOf({ intent: "TellMeMoreIntent", dialog: { offered: null, said: { kind: "cause", cause: "posture" } } }),
    );
    expect(first.dialog.said).toEqual({ kind: "cause", cause: "posture", deeper: true });
    // Nothing deeper than deeper: the question still waiting again, or, with none, what there is to ask about.
    expect(first.dialog.offered).not.toBeNull();
    const again = TellMeMoreHandler.handle(contextOf({ intent: "TellMeMoreIntent", dialog: first.dialog }));
    expect(said(again)).toMatch(/^That's all I have on that one\. .*\?$/);
    expect(again.dialog).toMatchObject({ said: first.dialog.said, offered: first.dialog.offered });
    const nothingWaiting = TellMeMoreHandler.handle(
      contextOf({ intent: "TellMeMoreIntent", dialog: { ...first.dialog, offered: null } }),
    );
    expect(said(nothingWaiting)).toMatch(/What would you like to know more about\?$/);
  });
});
