/**
 * The triage table (models/content/signs.ts) as plain data: every sign has a
 * level and a named source, every combination raises the level it names, and
 * the whole table prints on one page for a clinician to review.
 */
import { describe, expect, it } from "vitest";
import { COMBO_TABLE, levelOf, LEVEL_ORDER, SIGN_TABLE } from "../../models/content/signs";
import { RED_FLAGS } from "../../models/content/safety";
import { contentFor, SUPPORTED_LOCALES } from "../../models/locales";
import { RED_FLAG_IDS, type RedFlagId, type RedFlagLevel } from "../../models/types";

const SOURCE = /NICE CKS|C-spine|NHS|FAST|Heart attack/;

/** The table on one page: sign, level, source; then the combinations. */
function printTable(): string {
  const rows = SIGN_TABLE.map((s) => `${s.level.padEnd(10)} ${s.listed.padEnd(58)} ${s.source}`);
  const combos = COMBO_TABLE.map((c) => `${c.level.padEnd(10)} ${c.label.padEnd(58)} ${c.source}`);
  const care = SUPPORTED_LOCALES.map((locale) => {
    const { call, today, soon } = contentFor(locale).warningSigns.care;
    return `${locale}  emergency: ${call} | urgent: ${today} | soon: ${soon}`;
  });
  return [
    "LEVEL      SIGN (ALONE)                                               SOURCE",
    ...rows,
    "",
    "COMBINED SIGNS",
    ...combos,
    "",
    "WHERE TO TURN, BY LOCALE",
    ...care,
  ].join("\n");
}

describe("the triage table", () => {
  it("prints on one page for review", () => {
    const page = printTable();
    console.log(page);
    expect(page.split("\n").length).toBeLessThanOrEqual(66);
  });

  it("has every sign the model hears exactly once, each with a level and a source it names", () => {
    expect(SIGN_TABLE.map((s) => s.id).sort()).toEqual([...RED_FLAG_IDS].sort());
    for (const sign of SIGN_TABLE) {
      expect(LEVEL_ORDER, sign.id).toContain(sign.level);
      expect(sign.source, sign.id).toMatch(SOURCE);
    }
    for (const combo of COMBO_TABLE) expect(combo.source, combo.label).toMatch(SOURCE);
    expect(RED_FLAGS.map((f) => f.id)).toEqual(SIGN_TABLE.map((s) => s.id));
  });

  it("uses all five levels", () => {
    expect(new Set(SIGN_TABLE.map((s) => s.level))).toEqual(new Set(LEVEL_ORDER));
  });

  const CASES: ReadonlyArray<readonly [readonly RedFlagId[], RedFlagLevel]> = [
    // The over-calls of the issue, at their own level.
    [["headache"], "self-care"],
    [["migraine"], "self-care"],
    [["fever"], "urgent"],
    [["night-sweats"], "soon"],
    [["dead-arm"], "self-care"],
    [["minor-bump"], "soon"],
    // The missed signs.
    [["chest-pain"], "emergency"],
    [["fainting"], "emergency"],
    [["breathing-swallowing"], "emergency"],
    [["face-numb"], "emergency"],
    [["eyelid-droop"], "emergency"],
    [["vision-speech"], "emergency"],
    [["both-hands"], "urgent"],
    [["electric-shocks"], "urgent"],
    [["older-fall"], "emergency"],
    [["cancer-history"], "soon"],
    [["weight-loss"], "soon"],
    // Combinations raise the level.
    [["fever", "stiff-neck"], "urgent"],
    [["stiff-neck"], "self-care"],
    [["fever-stiff-neck", "light-sensitivity"], "emergency"],
    [["fever-stiff-neck", "rash"], "emergency"],
    [["fever-stiff-neck", "confusion"], "emergency"],
    [["fever-stiff-neck", "vomiting"], "emergency"],
    [["fever", "light-sensitivity"], "urgent"],
    [["light-sensitivity"], "self-care"],
    [["dizziness"], "dizziness"],
    [["dizziness", "headache"], "emergency"],
    [["headache", "pop-then-pain"], "emergency"],
    [["minor-bump", "arm-tingling"], "emergency"],
    [["cancer-history", "night-pain"], "urgent"],
    [["weight-loss", "night-sweats"], "urgent"],
    [["headache", "vomiting"], "urgent"],
    [["lasting-pain", "fainting"], "emergency"],
  ];

  it.each(CASES)("%j: %s", (ids, level) => {
    expect(levelOf(ids)).toBe(level);
  });

  it("a combination is never lower than its most urgent sign, nor the order of the signs", () => {
    for (const a of RED_FLAG_IDS) {
      for (const b of RED_FLAG_IDS) {
        const both = levelOf([a, b]);
        expect(both).toBe(levelOf([b, a]));
        for (const one of [a, b]) {
          const alone = levelOf([one]);
          if (both && alone)
            expect(LEVEL_ORDER.indexOf(both), `${a} + ${b}`).toBeLessThanOrEqual(LEVEL_ORDER.indexOf(alone));
        }
      }
    }
  });

  it("no sign heard has no level", () => {
    expect(levelOf([])).toBeUndefined();
  });
});
