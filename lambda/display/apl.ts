import type { interfaces } from "ask-sdk-model";

/**
 * What an Echo Show displays beside the speech: a title, a line of context and
 * the steps. Sent only to devices that support APL.
 */
export interface Display {
  readonly title: string;
  readonly subtitle: string;
  readonly lines: readonly string[];
}

export const APL_TOKEN = "neck-coach";

/** One small document for every screen; only the data changes. Built once. */
const DOCUMENT = {
  type: "APL",
  version: "2023.3",
  theme: "dark",
  mainTemplate: {
    parameters: ["payload"],
    items: [
      {
        type: "Container",
        width: "100vw",
        height: "100vh",
        paddingLeft: "6vw",
        paddingRight: "6vw",
        paddingTop: "6vh",
        items: [
          { type: "Text", text: "${payload.title}", fontSize: "44dp", fontWeight: "bold" },
          { type: "Text", text: "${payload.subtitle}", fontSize: "24dp", color: "#9FD3C7", paddingBottom: "16dp" },
          {
            type: "ScrollView",
            grow: 1,
            item: { type: "Text", text: "${payload.body}", fontSize: "26dp", lineHeight: 1.4 },
          },
        ],
      },
    ],
  },
} as const;

export function renderDirective(display: Display): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: "Alexa.Presentation.APL.RenderDocument",
    token: APL_TOKEN,
    document: DOCUMENT as unknown as Record<string, unknown>,
    datasources: { payload: { title: display.title, subtitle: display.subtitle, body: display.lines.join("<br>") } },
  };
}
