/** Neck Coach's handlers, in order: the first that can take a turn decides it; the last takes anything. */
import type { Handler } from "../turn/outcome";
import { NeckPainCauseHandler, TopicHandler } from "./answers";
import { LaunchHandler } from "./launch";
import { FallbackHandler, HelpHandler, NoHandler, PauseHandler, RepeatHandler, StopHandler, YesHandler } from "./navigation";
import { RedFlagHandler } from "./red-flag";
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
  TeachStretchHandler,
  ListStretchesHandler,
  NeckPainCauseHandler,
  TopicHandler,
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
