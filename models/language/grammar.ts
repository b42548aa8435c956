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

/** How many sentences a template stands for before repeats are dropped: to keep a grammar's size in view. */
export function countExpansions(template: string): number {
  const count = (nodes: readonly Node[]): number =>
    nodes.reduce<number>((product, node) => product * (typeof node === "string" ? 1 : node.reduce((sum, b) => sum + count(b), 0)), 1);
  return count(parse(template));
}
