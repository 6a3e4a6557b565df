/**
 * Typed Adaptive Card elements (schema 1.5) — only what Lantern's cards use,
 * so a misspelt property is a compile error rather than a silently ignored field.
 */
import { escapeMarkdown } from './markdown.js';

export type Color = 'default' | 'accent' | 'good' | 'warning' | 'attention';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  id?: string;
  size?: 'small' | 'medium' | 'large';
  weight?: 'bolder';
  color?: Color;
  isSubtle?: boolean;
  spacing?: 'none' | 'small' | 'medium';
}

export interface Fact {
  title: string;
  value: string;
}

/** Text shown exactly as typed: a TextRun is not parsed as Markdown. */
export interface RichTextBlock {
  type: 'RichTextBlock';
  inlines: { type: 'TextRun'; text: string }[];
}

export interface FactSet {
  type: 'FactSet';
  facts: Fact[];
}

export interface Container {
  type: 'Container';
  items: Element[];
  id?: string;
  isVisible?: boolean;
  style?: 'emphasis' | 'attention' | 'good' | 'warning';
  separator?: boolean;
}

export interface ColumnSet {
  type: 'ColumnSet';
  columns: { type: 'Column'; width: 'auto' | 'stretch' | number; items: Element[] }[];
}

interface InputBase {
  id: string;
  label: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface InputText extends InputBase {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
}

export interface InputDate extends InputBase {
  type: 'Input.Date';
  value?: string;
  max?: string;
}

export interface InputTime extends InputBase {
  type: 'Input.Time';
  value?: string;
}

export interface Choice {
  title: string;
  value: string;
}

export interface DataQuery {
  type: 'Data.Query';
  dataset: string;
}

export interface ChoiceSet extends InputBase {
  type: 'Input.ChoiceSet';
  choices: Choice[];
  value?: string;
  placeholder?: string;
  isMultiSelect?: boolean;
  style?: 'compact' | 'expanded' | 'filtered';
  'choices.data'?: DataQuery;
}

export interface InputToggle extends InputBase {
  type: 'Input.Toggle';
  title: string;
  value?: string;
  valueOn?: string;
  valueOff?: string;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: Action[];
}

export type Element = TextBlock | RichTextBlock | FactSet | Container | ColumnSet | InputText | InputDate | InputTime | ChoiceSet | InputToggle | ActionSet;

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  associatedInputs?: 'auto' | 'none';
  style?: 'positive' | 'destructive';
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface ToggleVisibilityAction {
  type: 'Action.ToggleVisibility';
  title: string;
  targetElements: string[];
}

export type Action = ExecuteAction | OpenUrlAction | ToggleVisibilityAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: Element[];
  actions?: Action[];
}

export const card = (body: Element[], actions: Action[] = []): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions.length ? { actions } : {}),
});

// Lantern's cards use no Markdown of their own: all text is escaped, so nobody's words can add links or styling.
export const heading = (text: string): TextBlock => ({ type: 'TextBlock', text: escapeMarkdown(text), wrap: true, size: 'medium', weight: 'bolder' });
export const paragraph = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({ type: 'TextBlock', wrap: true, ...extra, text: escapeMarkdown(extra.text ?? text) });
export const warning = (text: string, id?: string): TextBlock => ({ type: 'TextBlock', text: escapeMarkdown(text), wrap: true, color: 'attention', weight: 'bolder', ...(id ? { id } : {}) });
export const factSet = (facts: Fact[]): FactSet => ({
  type: 'FactSet',
  facts: facts.filter((f) => f.value !== '').map((f) => ({ title: escapeMarkdown(f.title), value: escapeMarkdown(f.value) })),
});

export const execute = (title: string, verb: string, data: Record<string, unknown>, extra: Partial<ExecuteAction> = {}): ExecuteAction => ({
  type: 'Action.Execute',
  title,
  verb,
  data,
  ...extra,
});
export const openUrl = (title: string, url: string): OpenUrlAction => ({ type: 'Action.OpenUrl', title, url });

export const verbatim = (text: string): RichTextBlock => ({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text }] });
