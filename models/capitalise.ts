/** The text with its first letter in upper case: "numbness in your arm" -> "Numbness in your arm". */
export function capitalise(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase());
}
