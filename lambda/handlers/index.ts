/** Neck Coach's handlers, in order: the first that can take a turn decides it; the last takes anything. */
import type { Handler } from "../turn/outcome";
import { AskAboutHandler, NeckPainCauseHandler, PreventionHandler, ReliefHandler } from "./answers";
import { DiscomfortHandler } from "./discomfort";
import { EndRoutineHandler, WaitHandler } from "./flow";
import { RoutineInfoHandler, SearchHandler, TellMeMoreHandler } from "./follow-up";
import { ForgetMeHandler } from "./forget";
import { PaceHandler } from "./pace";
import { ReminderHandler } from "./reminder";
import { LaunchHandler } from "./launch";
import { FallbackHandler, HelpHandler, NoHandler, PauseHandler, RepeatHandler, StopHandler, YesHandler } from "./navigation";
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
  FallbackHandler,
];
