/**
 * Neck Coach's route table: `route` asks the handlers in this order and the
 * first that can take a turn decides it.
 *
 * Why the order is what it is (test/turn/route-order.test.ts holds it):
 * - Every handler takes its own intents (or the launch, or a reminders
 *   permission answer) and no other handler's, so for almost every request
 *   exactly one handler can take it and the order does not matter ...
 * - ... except one routing by state: soreness said while doing a stretch
 *   (ReliefIntent in a routine under way or right after a lesson) is pain in
 *   the stretch. DiscomfortHandler takes it then, so it comes before
 *   ReliefHandler, which answers ReliefIntent the rest of the time.
 * - FallbackHandler takes anything, so it is last.
 * The safety handlers come first only so that a reader meets them first.
 */
import type { Handler, TurnInput } from "../turn/outcome";
import { AskAboutHandler, NeckPainCauseHandler, PreventionHandler, ReliefHandler } from "./answers";
import { DiscomfortHandler } from "./discomfort";
import { EndRoutineHandler, WaitHandler } from "./wait-and-done";
import { RoutineInfoHandler, SearchHandler, TellMeMoreHandler } from "./more-and-search";
import { ForgetMeHandler } from "./forget";
import { PaceHandler } from "./pace";
import { ReminderHandler } from "./reminder";
import { LaunchHandler } from "./launch";
import {
  FallbackHandler,
  HelpHandler,
  NoHandler,
  PauseHandler,
  RepeatHandler,
  StopHandler,
  YesHandler,
} from "./navigation";
import { EmergencyNumberHandler, RedFlagHandler, WarningSignsHandler } from "./red-flag";
import {
  HowManyLeftHandler,
  NextHandler,
  PreviousHandler,
  ResumeHandler,
  StartOverHandler,
  StartRoutineHandler,
  WhatsNextHandler,
} from "./routine";
import { ListStretchesHandler, TeachStretchHandler } from "./stretch";

export const HANDLERS: readonly Handler[] = [
  LaunchHandler,
  RedFlagHandler,
  WarningSignsHandler,
  EmergencyNumberHandler,
  // Before ReliefHandler: takes ReliefIntent said in a stretch (see above).
  DiscomfortHandler,
  TeachStretchHandler,
  ListStretchesHandler,
  NeckPainCauseHandler,
  PreventionHandler,
  ReliefHandler,
  AskAboutHandler,
  TellMeMoreHandler,
  RoutineInfoHandler,
  PaceHandler,
  WaitHandler,
  EndRoutineHandler,
  ForgetMeHandler,
  ReminderHandler,
  SearchHandler,
  StartRoutineHandler,
  ResumeHandler,
  NextHandler,
  PreviousHandler,
  RepeatHandler,
  StartOverHandler,
  WhatsNextHandler,
  HowManyLeftHandler,
  PauseHandler,
  HelpHandler,
  StopHandler,
  YesHandler,
  NoHandler,
  // Takes anything: last.
  FallbackHandler,
];

/** The first handler that can take the turn; the last one must take anything. */
export function route(handlers: readonly Handler[], input: TurnInput): Handler {
  for (const handler of handlers) {
    if (handler.canHandle(input)) return handler;
  }
  const last = handlers[handlers.length - 1];
  if (!last) throw new Error("route needs at least one handler");
  return last;
}
