import { it } from "vitest";
import { newDevice } from "../support/conversation";
it("try", async () => {
  for (const line of ["ask neck coach i fainted", "ask neck coach i have a fever", "ask neck coach my neck is stiff and i have a fever", "ask neck coach i have a fever and a stiff neck and light hurts my eyes", "ask neck coach i have a headache", "ask neck coach i get migraines", "ask neck coach night sweats", "ask neck coach i have a dead arm", "ask neck coach i was in a minor fender bender", "ask neck coach i feel dizzy", "ask neck coach what's the emergency number", "ask neck coach what are the warning signs", "ask neck coach i dropped the bar on my neck"]) {
    const d = newDevice();
    try { const r = await d.say(line); console.log(line, "\n  ->", r.speech, r.open ? "[open]" : "[ended]", JSON.stringify(r.envelope.response.card ?? null)); } catch (e) { console.log(line, "ERR", (e as Error).message); }
  }
});
