/**
 * Samples the grammar writes that equal a phrasing of the held-out half of the
 * evaluation corpus (test/nlu/check.json), once its slots are filled. They are
 * left out of every locale's model, so that understanding is always measured
 * on phrasings the model has never seen (test/nlu/leak.test.ts). Only the
 * model's side is listed here: the sample as the grammar writes it. Samples
 * written before the corpus (the model as it stood, and the phrases the
 * product's specification names: test/nlu/written-before.json) stay: they
 * cannot be copies of it.
 */
export const LEFT_OUT: ReadonlySet<string> = new Set([
  "absolutely", // AMAZON.YesIntent
  "be quiet", // AMAZON.StopIntent
  "bye", // AMAZON.StopIntent
  "can i take advil", // PainMedicineIntent
  "can {cause} cause neck pain", // NeckPainCauseIntent
  "can {habit} help prevent neck pain", // PreventionIntent
  "cancel it", // AMAZON.CancelIntent
  "cancel please", // AMAZON.CancelIntent
  "continue please", // AMAZON.ResumeIntent
  "could {cause} be causing my neck pain", // NeckPainCauseIntent
  "could {cause} be the reason my neck hurts", // NeckPainCauseIntent
  "delete my data", // ForgetMeIntent
  "does {cause} cause neck pain", // NeckPainCauseIntent
  "does {query} cause neck pain", // SearchIntent
  "does {query} help with neck pain", // SearchIntent
  "does {query} help", // SearchIntent
  "done next", // AMAZON.NextIntent
  "end it here", // EndRoutineIntent
  "forget about it", // AMAZON.CancelIntent
  "forget everything about me", // ForgetMeIntent
  "give me a moment", // WaitIntent
  "give me {pace}", // PaceIntent
  "go back a stretch", // AMAZON.PreviousIntent
  "go on then", // AMAZON.YesIntent
  "go to the main menu", // AMAZON.NavigateHomeIntent
  "go {pace}", // PaceIntent
  "hang on a second", // WaitIntent
  "heat or ice", // IceOrHeatIntent
  "hold on a minute", // WaitIntent
  "how do i know if it's something serious", // WarningSignsIntent
  "how do i stretch without hurting myself", // StretchSafelyIntent
  "how do i use this", // AMAZON.HelpIntent
  "how do i {exercise} without straining my neck", // PreventionIntent
  "how long does neck soreness last", // SorenessDurationIntent
  "how long does the {routine} take", // RoutineInfoIntent
  "how long is the {routine}", // RoutineInfoIntent
  "how many calories should i eat", // AMAZON.FallbackIntent
  "how many times a day should i stretch", // StretchSafelyIntent
  "how so", // TellMeMoreIntent
  "how to protect my neck during {exercise}", // PreventionIntent
  "how to {stretch}", // TeachStretchIntent
  "i need help", // AMAZON.HelpIntent
  "i should use ice or heat", // IceOrHeatIntent
  "i want to know about {query}", // SearchIntent
  "i {symptom}", // RedFlagIntent
  "i'm done for today", // EndRoutineIntent
  "i've had enough for today", // EndRoutineIntent
  "ice or heat", // IceOrHeatIntent
  "is it bad to {query}", // SearchIntent
  "is it okay to take painkillers", // PainMedicineIntent
  "is it okay to {query}", // SearchIntent
  "is it serious if {symptom}", // WarningSignsIntent
  "is {query} bad for my neck", // SearchIntent
  "is {query} okay for my neck", // SearchIntent
  "is {symptom} a warning sign", // WarningSignsIntent
  "it feels off", // DiscomfortIntent
  "it hurts", // DiscomfortIntent
  "just a moment", // WaitIntent
  "keep going please", // AMAZON.ResumeIntent
  "let's start over", // AMAZON.StartOverIntent
  "more please", // TellMeMoreIntent
  "my neck is so stiff", // ReliefIntent
  "my neck is super stiff", // ReliefIntent
  "no thank you", // AMAZON.NoIntent
  "no way", // AMAZON.NoIntent
  "not really", // AMAZON.NoIntent
  "nutrition for recovery", // NutritionIntent
  "okay continue", // AMAZON.ResumeIntent
  "ouch that hurts", // DiscomfortIntent
  "ow", // DiscomfortIntent
  "pardon", // AMAZON.RepeatIntent
  "pause that", // AMAZON.PauseIntent
  "quit", // AMAZON.StopIntent
  "resume please", // AMAZON.ResumeIntent
  "run the {routine} straight through", // ContinuousRoutineIntent
  "say it again", // AMAZON.RepeatIntent
  "should i get {query}", // SearchIntent
  "should i worry if i have {symptom}", // WarningSignsIntent
  "skip ahead", // AMAZON.NextIntent
  "stop it", // AMAZON.StopIntent
  "stop please", // AMAZON.StopIntent
  "sure", // AMAZON.YesIntent
  "take me home", // AMAZON.NavigateHomeIntent
  "tell me a joke", // AMAZON.FallbackIntent
  "tell me about the {routine}", // RoutineInfoIntent
  "tell me about {query}", // SearchIntent
  "tell me all the stretches you know", // ListStretchesIntent
  "tell me more about {query}", // SearchIntent
  "that pinches", // DiscomfortIntent
  "that's all", // EndRoutineIntent
  "that's too far", // DiscomfortIntent
  "that's too much", // DiscomfortIntent
  "this doesn't feel right", // DiscomfortIntent
  "turn off the lights", // AMAZON.FallbackIntent
  "wait a sec", // WaitIntent
  "what about aleve", // PainMedicineIntent
  "what about {query}", // SearchIntent
  "what are my options", // AMAZON.HelpIntent
  "what can i say", // AMAZON.HelpIntent
  "what do we do next", // WhatsNextIntent
  "what do you do", // AMAZON.HelpIntent
  "what else should i know", // TellMeMoreIntent
  "what exercises strain your neck", // StrainingLiftsIntent
  "what lifts are hard on your neck", // StrainingLiftsIntent
  "list all your neck stretches", // ListStretchesIntent
  "what kind of stretches are there", // ListStretchesIntent
  "what routines can i do", // RoutineInfoIntent
  "what stretches can you teach", // ListStretchesIntent
  "what's in the {routine}", // RoutineInfoIntent
  "what's the capital of france", // AMAZON.FallbackIntent
  "what's the safe way to stretch my neck", // StretchSafelyIntent
  "which exercises should i be careful with for my neck", // StrainingLiftsIntent
  "which lifts are bad for your neck", // StrainingLiftsIntent
  "which routines are there", // RoutineInfoIntent
  "which stretches do you have", // ListStretchesIntent
  "why do {exercise} make my neck sore", // NeckPainCauseIntent
  "why does {exercise} make my neck hurt", // NeckPainCauseIntent
  "why does {exercise} make my neck sore", // NeckPainCauseIntent
  "why is that", // TellMeMoreIntent
  "why my neck hurts from {exercise}", // NeckPainCauseIntent
  "wipe my data", // ForgetMeIntent
  "yes go ahead", // AMAZON.YesIntent
  "yup", // AMAZON.YesIntent
  "{pace} please", // PaceIntent
  "nevermind", // AMAZON.CancelIntent
  "hit pause", // AMAZON.PauseIntent
  "main menu please", // AMAZON.NavigateHomeIntent
]);
