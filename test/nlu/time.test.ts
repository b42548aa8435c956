/** AMAZON.TIME as the stand-ins resolve it (scripts/lib/nlu-time.ts), on the ways people say a time. */
import { describe, expect, it } from "vitest";
import { timeValue } from "../../scripts/lib/nlu-time";

describe("timeValue", () => {
  it.each([
    ["seven pm", "19:00"],
    ["at nine pm to do my stretches", "21:00"],
    ["seven p m", "19:00"],
    ["7pm", "19:00"],
    ["seven am daily", "07:00"],
    ["eight thirty am", "08:30"],
    ["six thirty in the morning", "06:30"],
    ["six in the morning", "06:00"],
    ["six in the arvo", "18:00"],
    ["half seven in the evening", "19:30"],
    ["half past six", "06:30"],
    ["quarter to seven in the evening", "18:45"],
    ["ten past eight pm", "20:10"],
    ["seven oh five pm", "19:05"],
    ["every day at seven", "07:00"],
    ["twelve am", "00:00"],
    ["noon", "12:00"],
    ["midnight", "00:00"],
    ["19:30", "19:30"],
    ["630 pm", "18:30"],
    ["seven thirty p.m", "19:30"],
    ["6:30 a.m.", "06:30"],
    ["every morning", "MO"],
    ["in the evening", "EV"],
    ["tonight", "NI"],
  ])("%s -> %s", (said, value) => {
    expect(timeValue(said)).toBe(value);
  });

  it.each(["to stretch", "stop me now", "every day"])("finds no time in %s", (said) => {
    expect(timeValue(said)).toBeUndefined();
  });
});
