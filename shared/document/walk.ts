/**
 * Items of nested lists in depth-first reading order with their depth (0 for the roots), walked with a stack
 * rather than recursion so any depth is fine. Each item is visited once, even where the nesting repeats one.
 */
export function depthFirst<T>(roots: readonly T[], childrenOf: (item: T) => readonly T[]): { item: T; depth: number }[] {
  const out: { item: T; depth: number }[] = [];
  const seen = new Set<T>();
  const stack: [T, number][] = [];
  for (let at = roots.length - 1; at >= 0; at -= 1) stack.push([roots[at]!, 0]);
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (seen.has(item)) continue;
    seen.add(item);
    out.push({ item, depth });
    const children = childrenOf(item);
    for (let at = children.length - 1; at >= 0; at -= 1) stack.push([children[at]!, depth + 1]);
  }
  return out;
}
