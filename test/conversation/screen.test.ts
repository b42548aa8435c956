import { describe, expect, it } from "vitest";
import { stretchById } from "../../models/content/stretches";
import { newDevice } from "../support/conversation";

const RENDER = "Alexa.Presentation.APL.RenderDocument";

function renderDirective(reply: { envelope: { response: { directives?: ReadonlyArray<{ type: string }> } } }) {
  return reply.envelope.response.directives?.find((d) => d.type === RENDER) as
    | { type: string; datasources: { payload: { title: string; subtitle: string; body: string } } }
    | undefined;
}

describe("screens", () => {
  it("shows the stretch being taught on a device with a screen", async () => {
    const reply = await newDevice({ screen: true }).say("ask neck coach how do I do a chin tuck");
    const directive = renderDirective(reply);
    expect(directive?.datasources.payload.title).toBe("Chin tuck");
    expect(directive?.datasources.payload.body).toContain(stretchById("chin-tuck").setup);
  });

  it("shows the routine position on each step", async () => {
    const user = newDevice({ screen: true });
    await user.say("ask neck coach to start the quick routine");
    const reply = await user.say("next");
    expect(renderDirective(reply)?.datasources.payload.subtitle).toBe("Stretch 2 of 3, quick routine");
  });

  it("sends no display directive to a device without a screen", async () => {
    const reply = await newDevice().say("ask neck coach how do I do a chin tuck");
    expect(reply.envelope.response.directives ?? []).toEqual([]);
  });
});
