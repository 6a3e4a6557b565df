/**
 * Teams renders TextBlock text and FactSet values as Markdown: a name such as
 * "[Alex](https://evil.example)" would become a link, "**urgent**" bold. Every
 * string a card shows goes through here, so it is shown exactly as typed.
 */
const INLINE = /[\\`*_~[\]#>{<]/g;
// A list marker or heading only counts at the start of a line.
const LINE_START = /^(\s*)([-+]|\d+[.)])(?=\s)/gm;

export const escapeMarkdown = (s: string): string =>
  s.replace(INLINE, (c) => `\\${c}`).replace(LINE_START, (_m, space: string, marker: string) => `${space}${marker.replace(/([-+.)])$/, '\\$1')}`);
