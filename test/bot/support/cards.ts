/** Reading cards in tests. */
type Node = Record<string, any>;

export function elements(card: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== 'object') return;
    out.push(n as Node);
    Object.values(n as Node).forEach(visit);
  };
  visit(card.body);
  return out;
}

export const byId = (card: Node, id: string): any => elements(card).find((e) => e.id === id);
export const texts = (card: Node) => elements(card).filter((e) => e.type === 'TextBlock').map((e) => e.text as string);
export const heading = (card: Node): string => texts(card)[0] ?? '';
export const actionsOf = (card: Node): Node[] => [...(card.actions ?? []), ...elements(card).filter((e) => e.type === 'ActionSet').flatMap((e) => e.actions)];
export const action = (card: Node, verb: string) => actionsOf(card).find((a) => a.verb === verb);
export const inputIds = (card: Node) => elements(card).filter((e) => String(e.type).startsWith('Input.')).map((e) => e.id as string);

/** What pressing a button sends: its data plus every input's value (as Teams merges them), with some typed over. */
export function pressData(card: Node, verb: string, typed: Record<string, string> = {}) {
  const a = action(card, verb);
  if (!a) throw new Error(`no ${verb} button on card "${heading(card)}"`);
  const values = Object.fromEntries(elements(card).filter((e) => String(e.type).startsWith('Input.')).map((e) => [e.id, e.value ?? '']));
  return { ...values, ...a.data, ...typed };
}
