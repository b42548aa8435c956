/**
 * Text becomes SSML in one place, escapeText, exactly once: each XML special
 * alone and combined, never escaped twice on its way through Speech, render
 * and fitSpeech, and an unknown stretch name echoed back stays valid SSML.
 * The SDK's escapeXmlCharacters (stray "]" in its regex, turns "&apos;" into
 * "&amp;apos;") is never used.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { check } from "ssml-check-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { buildSkill } from "../../lambda/skill";
import { ask, fitSpeech, toResponse } from "../../lambda/speech/reply";
import { escapeText, Speech, says, speak } from "../../lambda/speech/ssml";
import { newDevice } from "../support/conversation";
import { envelope, intentRequest, unmatched } from "../support/envelopes";
import { assertValidResponse } from "../support/response-checks";

const ROOT = join(import.meta.dirname, "..", "..");

/** Undoes one level of XML escaping. */
function unescapeOnce(ssml: string): string {
  return ssml.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_m, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[name] ?? "",
  );
}

async function ssmlErrors(inner: string): Promise<unknown[]> {
  return (await check(speak(inner), { platform: "amazon", locale: "en-US" })) ?? [];
}

describe("escapeText", () => {
  it.each([
    ["&", "&amp;"],
    ["<", "&lt;"],
    [">", "&gt;"],
    ['"', "&quot;"],
    ["'", "&apos;"],
  ])("escapes %s as %s", async (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
    expect(escapeText(`a ${raw} b`)).toBe(`a ${escaped} b`);
    expect(await ssmlErrors(escapeText(`a ${raw} b`))).toEqual([]);
  });

  it("escapes all five together, each once", async () => {
    expect(escapeText(`& < > " '`)).toBe("&amp; &lt; &gt; &quot; &apos;");
    expect(escapeText(`Tom & Jerry's <neck> "stretch"`)).toBe(
      "Tom &amp; Jerry&apos;s &lt;neck&gt; &quot;stretch&quot;",
    );
    expect(await ssmlErrors(escapeText(`Tom & Jerry's <neck> "stretch"`))).toEqual([]);
  });

  it("leaves plain text alone", () => {
    expect(escapeText("Sit tall, and breathe out slowly.")).toBe("Sit tall, and breathe out slowly.");
  });

  it("treats text that looks escaped as text: the user said it, so it is escaped once more, correctly", () => {
    expect(escapeText("&amp;")).toBe("&amp;amp;");
    expect(escapeText("&apos;")).toBe("&amp;apos;");
    expect(unescapeOnce(escapeText("&apos;"))).toBe("&apos;");
  });

  it("keeps &apos; valid SSML", async () => {
    expect(escapeText("Jerry's")).toBe("Jerry&apos;s");
    expect(await ssmlErrors("Jerry&apos;s neck")).toEqual([]);
  });

  it("round-trips any text: one unescape gives back the text; the result is valid SSML without a bare & < >", async () => {
    const text = fc.string({
      unit: fc.constantFrom("&", "<", ">", '"', "'", "a", " ", ";", "#", "amp", "apos", "lt", "é", "🤕"),
      maxLength: 40,
    });
    await fc.assert(
      fc.asyncProperty(text, async (raw) => {
        const escaped = escapeText(raw);
        expect(unescapeOnce(escaped)).toBe(raw);
        expect(escaped).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
        expect(await ssmlErrors(escaped)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("escaped exactly once on the way to Alexa", () => {
  const RAW = `Tom & Jerry's <neck> "stretch"`;
  const ONCE = "Tom &amp; Jerry&apos;s &lt;neck&gt; &quot;stretch&quot;";

  it("Speech.say escapes; append, nesting and toSsml do not escape again", () => {
    const inner = says(RAW);
    const outer = new Speech().say("Before.").append(inner).append(inner.toSsml()).pause(1).say(RAW);
    const ssml = outer.toSsml();
    expect(ssml.split(ONCE)).toHaveLength(4);
    expect(ssml).not.toContain("&amp;amp;");
    expect(ssml).not.toContain("&amp;apos;");
    expect(ssml).not.toContain("&amp;lt;");
  });

  it("render and fitSpeech pass the SSML through unchanged", async () => {
    const speech = says(RAW, "Shall we go on?");
    const response = toResponse(ask(speech, says(RAW)), false);
    const out = response.outputSpeech?.type === "SSML" ? response.outputSpeech.ssml : "";
    expect(out).toBe(speak(speech.toSsml()));
    expect(out).toContain(ONCE);
    expect(out).not.toMatch(/&amp;(amp|apos|lt|gt|quot);/);
    expect(fitSpeech(speech.toSsml())).toBe(speech.toSsml());
  });

  it("fitSpeech cuts long speech full of escaped text only between sentences or after a tag", async () => {
    const long = new Speech();
    for (let i = 0; long.toSsml().length < 9000; i++) long.say(`${RAW} number ${i}.`).pause(1);
    const cut = fitSpeech(long.toSsml());
    expect(speak(cut).length).toBeLessThanOrEqual(8000);
    expect(cut.length).toBeGreaterThan(7000);
    expect(await ssmlErrors(cut)).toEqual([]);
    expect(cut).not.toMatch(/&[a-z]*$/);
  });
});

describe("an unknown stretch name is echoed back escaped", () => {
  const SPOKEN = "Tom & Jerry's <neck>";
  const ESCAPED = "Tom &amp; Jerry&apos;s &lt;neck&gt;";

  beforeEach(() => {
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("through the skill: TeachStretchIntent with the raw value unresolved (ER_SUCCESS_NO_MATCH)", async () => {
    const skill = buildSkill({ store: new MemoryStore() });
    const response = await skill.invoke(
      envelope(intentRequest("TeachStretchIntent", { stretch: unmatched("stretch", SPOKEN) })),
    );
    await assertValidResponse(response);
    const ssml = response.response.outputSpeech?.type === "SSML" ? response.response.outputSpeech.ssml : "";
    expect(ssml).toContain(ESCAPED);
    expect(ssml).not.toContain(SPOKEN);
    expect(ssml).not.toMatch(/&amp;(amp|apos|lt|gt|quot);/);
  });

  it("through virtual-alexa: the slot value no sample knows reaches the skill unresolved and comes back escaped", async () => {
    const device = newDevice();
    const reply = await device.intend("TeachStretchIntent", { stretch: SPOKEN });
    expect(reply.ssml).toContain(ESCAPED);
    expect(reply.speech).toContain(SPOKEN);
    expect(reply.open).toBe(true);
  });
});

describe("the SDK's escapeXmlCharacters", () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|js|mjs|cjs)$/.test(name) ? [path] : [];
    });
  }

  it("is never used in lambda/ (nor models/)", () => {
    const files = [...sourceFiles(join(ROOT, "lambda")), ...sourceFiles(join(ROOT, "models"))];
    expect(files.length).toBeGreaterThan(10);
    const users = files.filter((file) => readFileSync(file, "utf8").includes("escapeXmlCharacters"));
    expect(users).toEqual([]);
  });
});
