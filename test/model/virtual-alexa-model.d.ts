/** virtual-alexa ships no typings for its model module; the part the tests use. */
declare module "virtual-alexa/lib/src/model/InteractionModel" {
  import type { IModel } from "virtual-core";
  export class InteractionModel implements IModel {
    static fromJSON(json: unknown): InteractionModel;
    static fromFile(path: string): InteractionModel;
    hasIntent(intent: string): boolean;
    intentSchema: IModel["intentSchema"];
    sampleUtterances: IModel["sampleUtterances"];
    slotTypes: NonNullable<IModel["slotTypes"]>;
  }
}
