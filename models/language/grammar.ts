/**
 * A small template expander for sample utterances and synonyms: a template is
 * words with alternations in parentheses, "(how do i|how to) do (a|the|) {stretch}",
 * an empty branch making the group optional. Groups nest. Slot references
 * ({stretch}) pass through untouched. Expansion keeps the order of the
 * branches, drops repeated results, and collapses spaces.
 */

type Node = string | Node[][];

function parse(template: string): Node[] {
  let at = 0;
  const sequence = (closing: boolean): Node[][] => {
    const branches: Node[][] = [[]];
    while (at < template.length) {
      const char = template[at] ?? "";
      if (char === "(") {
        at += 1;
        const group = sequence(true);
        branches[branches.length - 1]?.push(group);
      } else if (char === ")") {
        if (!closing) throw new Error(`grammar: unbalanced ")" in "${template}"`);
        at += 1;
        return branches;
      } else if (char === "|") {
        if (!closing) throw new Error(`grammar: "|" outside parentheses in "${template}"`);
        at += 1;
        branches.push([]);
      } else {
        const next = template.slice(at).search(/[()|]/);
        const text = next < 0 ? template.slice(at) : template.slice(at, at + next);
        branches[branches.length - 1]?.push(text);
        at += text.length;
      }
    }
    if (closing) throw new Error(`grammar: unclosed "(" in "${template}"`);
    return branches;
  };
  const top = sequence(false);
  return top[0] ?? [];
}

function expandNodes(nodes: readonly Node[]): string[] {
  let results = [""];
  for (const node of nodes) {
    const options = typeof node === "string" ? [node] : node.flatMap((branch) => expandNodes(branch));
    results = results.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return results;
}

const tidy = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Every sentence a template stands for, in order, each once. */
export function expand(template: string): string[] {
  return [...new Set(expandNodes(parse(template)).map(tidy))].filter((s) => s !== "");
}

/** Every sentence of every template, in order, each once. */
export function expandAll(templates: readonly string[]): string[] {
  return [...new Set(templates.flatMap(expand))];
}

/** A small deterministic generator (mulberry32), seeded from the template: the same template always gives the same sentences. */
function generator(seedText: string): () => number {
  let seed = 0;
  for (const char of seedText) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The most times any branch must be drawn so that every branch of every group is drawn at least once. */
function rounds(nodes: readonly Node[], reach = 1): number {
  let most = 1;
  for (const node of nodes) {
    if (typeof node === "string") continue;
    const within = reach * node.length;
    most = Math.max(most, within, ...node.map((branch) => rounds(branch, within)));
  }
  return most;
}

/**
 * A covering sample of a template, not the full product: `times` rounds in
 * which every branch of every group is used at least once per round, the
 * branches of different groups paired in a shuffled (seeded, so repeatable)
 * order. For long carriers whose every word should be seen in context, where
 * the product of all alternatives would be far too many samples. Any branch of
 * one group may meet any branch of another, so the groups of a template must
 * not depend on each other: words that must agree ("why does my neck hurt",
 * "how come my neck hurts") go into one branch together, or into templates of
 * their own, never into separate groups.
 */
export function cover(template: string, times = 1): string[] {
  const tree = parse(template);
  const random = generator(template);
  const orders = new Map<Node[][], number[]>();
  const orderOf = (group: Node[][]): number[] => {
    let order = orders.get(group);
    if (!order) {
      order = group.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
      }
      orders.set(group, order);
    }
    return order;
  };
  const counters = new Map<Node[][], number>();
  const pick = (nodes: readonly Node[]): string =>
    nodes
      .map((node) => {
        if (typeof node === "string") return node;
        const k = counters.get(node) ?? 0;
        counters.set(node, k + 1);
        const branch = node[orderOf(node)[k % node.length] ?? 0] ?? [];
        return pick(branch);
      })
      .join("");
  const total = rounds(tree) * times;
  const out = new Set<string>();
  for (let i = 0; i < total; i += 1) {
    const sentence = tidy(pick(tree));
    if (sentence !== "") out.add(sentence);
  }
  return [...out];
}

/** How many sentences a template stands for before repeats are dropped: to keep a grammar's size in view. */
export function countExpansions(template: string): number {
  const count = (nodes: readonly Node[]): number =>
    nodes.reduce<number>(
      (product, node) => product * (typeof node === "string" ? 1 : node.reduce((sum, b) => sum + count(b), 0)),
      1,
    );
  return count(parse(template));
}

/**
 * The samples of `templates`: a small template (up to `whole` sentences)
 * expanded whole, a larger one covered twice, so that every word is seen in
 * context without multiplying the model's size.
 */
export function expandOrCover(templates: readonly string[], whole: number): string[] {
  return [...new Set(templates.flatMap((t) => (countExpansions(t) <= whole ? expand(t) : cover(t, 2))))];
}

/** The samples of a regional variant's templates, which are few: expanded whole up to 24 sentences each. */
export function variantSamples(templates: readonly string[], whole = 24): string[] {
  return expandOrCover(templates, whole);
}
