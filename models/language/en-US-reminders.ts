/**
 * The daily reminder's intents (lambda/handlers/reminder.ts): set it (or move
 * it: the same intent, as both name a time), hear it, stop it. The time is
 * Alexa's AMAZON.TIME, which arrives as "19:00" (or "EV" for "evening").
 */
import { expandAll } from "./grammar";
import type { IntentLanguage } from "./types";

const STRETCH = "(to stretch|to do my stretches|to do my neck stretches|about my stretches|to do my routine|)";
const DAILY = "(every day|each day|daily|every morning|every evening|every night|)";

/** An intent and the samples it keeps whatever en-US's sample budget leaves out (`essential`, as en-US.ts reads it). */
type ReminderIntent = IntentLanguage & { readonly essential?: readonly string[] };

export const EN_US_REMINDERS: readonly ReminderIntent[] = [
  {
    name: "SetReminderIntent",
    slots: ["time"],
    essential: [
      "remind me to stretch every day at {time}",
      "remind me at {time}",
      "remind me to stretch",
      "set a reminder",
      "set a daily reminder for {time}",
      "change my reminder to {time}",
      "move my reminder to {time}",
    ],
    samples: expandAll([
      `remind me ${STRETCH} ${DAILY} at {time}`,
      `(set|create|make|add) a (daily |)(stretch |stretching |)reminder (for|at) {time}`,
      `(can you|please|could you) remind me ${STRETCH} at {time}`,
      `(change|move|switch|set) my (stretch |daily |)reminder to {time}`,
      `(i want|i'd like) (a|my) (daily |)reminder at {time}`,
      "(set|create|give me|i want|i'd like) a (daily |)(stretch |stretching |)reminder",
      "remind me to stretch( every day| each day| daily|)",
    ]),
  },
  {
    name: "ListRemindersIntent",
    essential: ["what reminders do i have", "when is my reminder"],
    samples: expandAll([
      "what reminders do i have( set| on|)",
      "(what|which) (reminders|stretch reminders) (have i got|have i got set|have i set|are set|did you set)",
      "(when|what time) is my (stretch |daily |)reminder",
      "(do i have|have i got|is there) a (stretch |daily |)reminder( set|)",
      "(list|tell me) my reminders",
      "(what|which) reminders (have you set|do you have for me|are on)( for me|)",
      "(tell me|remind me) (when|what time) (my reminder is|you'll remind me)",
      "(read me|check) my (reminders|reminder|stretch reminder)",
    ]),
  },
  {
    name: "StopRemindersIntent",
    essential: ["stop reminding me", "cancel my reminder", "turn off my reminder"],
    samples: expandAll([
      "(please |)stop reminding me( to stretch| about my stretches| every day|)",
      "(cancel|delete|remove|turn off|stop|switch off|get rid of) my (stretch |stretching |daily |)(reminder|reminders)",
      "(cancel|delete|remove|turn off|stop) the (stretch |daily |)reminders",
      "(i don't want|i don't need) (reminders|stretch reminders|the reminder|the reminders|a reminder)( anymore|)",
      "no more (reminders|stretch reminders|reminders please)",
      "don't remind me (anymore|to stretch|every day)",
      "(can you |could you |please |)stop (sending me|sending|giving me) (reminders|stretch reminders|the reminders|those reminders)( please| anymore|)",
      "(can you |could you |please |)(turn|switch) off (the|all my|all the|those) reminders",
      "(can you |could you |please |)(turn|switch) (my|the|all my|all the) reminders off",
      "(i'm done with|enough with|no more of) (the|these|those) reminders( please|)",
      "(unsubscribe me from|opt me out of) (the|my) (reminders|daily reminders)",
    ]),
  },
];
