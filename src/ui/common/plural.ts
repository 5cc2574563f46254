/** "1 drill", "3 drills", "1 hint", "0 matches": the count and the right form of the noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
