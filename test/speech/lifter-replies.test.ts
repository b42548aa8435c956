/** The lifter answer builder on plain data: what it says, deeper, the offer, the safety line. */
import { describe, expect, it } from "vitest";
import { LIFTER_TOPIC_IDS } from "../../models/content/lifter";
import { contentFor, SUPPORTED_LOCALES } from "../../models/locales";
import { lifterQuestion, lifterSpeech } from "../../lambda/speech/replies/lifter";

const US = contentFor("en-US");

describe("lifterSpeech", () => {
  it("says the point and detail, and deeper says the level below", () => {
    const plain = lifterSpeech("sauna", US);
    expect(plain.sentences).toEqual([US.lifter.sauna.point, ...US.lifter.sauna.detail]);
    expect(lifterSpeech("sauna", US, true).sentences).toEqual(US.lifter.sauna.more);
  });

  it("offers what the content names: another answer, a stretch, a routine, or nothing", () => {
    expect(lifterSpeech("sauna", US).offer).toEqual({ kind: "lifter", topic: "heat-pack" });
    expect(lifterSpeech("massage", US).offer).toEqual({ kind: "teach", stretch: "neck-self-massage" });
    expect(lifterSpeech("neck-strength", US).offer).toEqual({ kind: "routine", routine: "strength" });
    expect(lifterSpeech("pinched-nerve", US).offer).toBeNull();
  });

  it("a headache under load ends with the safety table's emergency line, in each locale's number", () => {
    for (const locale of SUPPORTED_LOCALES) {
      const content = contentFor(locale);
      const last = lifterSpeech("lifting-headache", content).sentences.at(-1);
      expect(last).toContain(content.warningSigns.care.call);
      expect(last).toMatch(/suddenly and severely/);
    }
    expect(lifterSpeech("lifting-headache", US, true).sentences.join(" ")).not.toContain(US.safety.emergencyNumber);
  });

  it("offers vary: no single follow-up is used by more than a quarter of the topics, and some offer nothing", () => {
    const offers = LIFTER_TOPIC_IDS.map((id) => JSON.stringify(lifterSpeech(id, US).offer));
    const counts = new Map<string, number>();
    for (const o of offers) counts.set(o, (counts.get(o) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(Math.ceil(LIFTER_TOPIC_IDS.length / 4));
    expect(counts.get("null") ?? 0).toBeGreaterThanOrEqual(2);
  });

  it("every topic in every locale: a short spoken answer, sources named, and a question to offer it", () => {
    for (const locale of SUPPORTED_LOCALES) {
      const content = contentFor(locale);
      for (const id of LIFTER_TOPIC_IDS) {
        const answer = content.lifter[id];
        const words = [answer.point, ...answer.detail].join(" ").split(/\s+/).length;
        expect(words, `${locale} ${id}`).toBeLessThanOrEqual(70);
        expect(answer.sources.length, `${locale} ${id}`).toBeGreaterThan(0);
        expect(answer.more.length, `${locale} ${id}`).toBeGreaterThan(0);
        expect(lifterQuestion(id, content), `${locale} ${id}`).toMatch(/\?$/);
        // A follow-up to another answer never points back at itself.
        expect(answer.followUp?.kind === "lifter" && answer.followUp.topic === id).toBe(false);
      }
    }
  });
});
