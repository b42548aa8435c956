import type { Answer, CauseId, ExerciseId } from "../types";

/**
 * Short answers beyond the overview ones in answers.ts: the point first, in
 * about thirty words, and `more` for "tell me more". The handler adds one
 * follow-up offer. Facts from the source article, in our own words, unless a
 * source is named.
 */
export interface TopicAnswer extends Answer {
  /** One level deeper, for "tell me more", "why", "go on". */
  readonly more: readonly string[];
}

/** The lifts the source article names as common neck strainers, said first in the list. */
export const COMMON_STRAINING_LIFTS: readonly ExerciseId[] = ["overhead-press", "pull-up", "deadlift", "neck-machine"];

export const ICE_OR_HEAT: TopicAnswer = {
  point:
    "Ice first: in the first day or two, a cold pack wrapped in a cloth for ten to fifteen minutes can calm a sore, strained neck.",
  detail: ["After that, gentle heat often loosens stiffness better. Never put either straight on your skin."],
  // NHS, "Neck pain": heat or cold packs; general sports first aid for strains.
  more: [
    "Whichever you use, keep it to about fifteen minutes at a time, with a towel between the pack and your skin.",
    "If the cold or heat makes it hurt more, stop using it.",
  ],
};

export const PAIN_MEDICINE: TopicAnswer = {
  point: "An over the counter pain reliever can take the edge off a sore neck, if it's safe for you.",
  detail: ["Read the label, and ask a pharmacist first if you take other medicines or have a health condition."],
  more: [
    "Pain relief helps you rest and move gently; it doesn't fix the strain itself.",
    "If you find you need it for more than a few days, have your neck checked.",
  ],
};

export const SORENESS_DURATION: TopicAnswer = {
  point: "Ordinary muscle soreness after training usually eases within two or three days.",
  detail: ["If your neck still hurts after a couple of weeks, or it keeps getting worse, have it checked by a doctor."],
  // Delayed onset muscle soreness peaks at one to three days (ACSM, "Delayed Onset Muscle Soreness").
  more: [
    "Soreness that builds a day after training and then fades is normal.",
    "Pain that is sharp, spreads into your arm, or wakes you at night is not, and is worth a doctor's visit.",
  ],
};

export const NUTRITION: TopicAnswer = {
  point:
    "Drink water through the day and eat balanced meals with enough protein, so your muscles have what they need to repair.",
  detail: [],
  more: [
    "Muscles recover between sessions, not during them, and food and water are part of that recovery.",
    "A drink of water before, during and after training is a simple habit to start with.",
  ],
};

/** "Tell me more" after an overview answer (answers.ts and causes.ts), by its key. */
export const OVERVIEW_MORE = {
  causes: [
    "The one most people can fix is form. When the load gets heavy, the chin pokes forward and the neck takes the strain.",
    "Ask me about any one of them, like posture or muscle imbalance.",
  ],
  prevention: [
    "The habits that help most are good form, a warm up and a cool down, strength in your upper back and core, and rest days.",
    "Ask me about any one of them, like foam rolling or rest days.",
  ],
  relief: [
    "Most soreness from training settles in a few days with rest, ice, and gentle movement.",
    "Stop and get checked if you notice numbness, tingling or weakness in an arm.",
  ],
  professional: [
    "A physical therapist can check your form and give you exercises for your neck and upper back.",
    "A doctor should see any pain that follows a fall or an accident, and pain with numbness or weakness.",
  ],
  takeaways: [
    "Strong upper back and shoulder muscles take load off the neck, and strengthening has good evidence behind it for lasting neck pain.",
  ],
  strainingLifts: [
    "The common thread is the head moving out of line with the spine under load: the chin poking forward, or the head cranked up or down.",
    "Ask me about any one of them, like deadlifts or pull ups.",
  ],
  warningSigns: [
    "Ordinary soreness or stiffness after training is not a warning sign: it usually eases within a few days.",
  ],
  stretchGuidance: [
    "Hold a gentle stretch for about fifteen to thirty seconds, breathe slowly, and repeat it two or three times.",
    "Stretching most days helps more than a long session once a week.",
  ],
} as const;

/** "Tell me more" after one cause: how to guard against it. */
export const CAUSE_MORE: Readonly<Record<CauseId, string>> = {
  posture:
    "To guard against it, keep your neck in line with your spine, and lower the weight when your form starts to slip.",
  repetition: "To guard against it, vary your training, rest between hard sessions, and tidy up your technique.",
  "sudden-movement":
    "To guard against it, build up to jumping and fast changes of direction gradually, and keep your neck braced and in line.",
  "muscle-imbalance":
    "To guard against it, train your upper back at least as much as your chest: rows and face pulls are good places to start.",
  "existing-condition":
    "Your doctor or physical therapist can tell you which movements to change, and which to avoid for now.",
};

/** "Tell me more" after one prevention habit, by its id. */
export const HABIT_MORE: Readonly<Record<string, string>> = {
  form: "Filming a set on your phone is a simple way to check that your head stays in line with your spine.",
  "warm-up":
    "Five to ten minutes of easy movement is enough to warm up, and a few minutes of light stretching helps you cool down.",
  strength: "Rows, face pulls and planks are good places to start.",
  listen:
    "Mild soreness the next day is normal. Sharp pain, or pain that grows from one session to the next, is your cue to stop.",
  rest: "Active recovery means moving gently on easy days, like a walk, an easy ride, or light stretching.",
  progress:
    "A common rule of thumb is to add only a little weight at a time, and only when every rep still looks clean.",
};
