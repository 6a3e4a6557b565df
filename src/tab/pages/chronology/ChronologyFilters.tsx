import { Button, Field, Input, makeStyles, mergeClasses, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChronologyKind } from '../../api/types.js';
import { useMe } from '../../auth/session.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
});

export interface ChronologyFilter {
  kind: string;
  category: string;
  from: string;
  to: string;
  text: string;
  order: 'oldest' | 'newest';
}

export const NO_FILTER: ChronologyFilter = { kind: '', category: '', from: '', to: '', text: '', order: 'oldest' };

interface Props {
  value: ChronologyFilter;
  kinds: ChronologyKind[];
  printing: boolean;
  onChange(next: ChronologyFilter): void;
  onPrint(): void;
}

export function ChronologyFilters({ value, kinds, printing, onChange, onPrint }: Props) {
  const styles = useStyles();
  const me = useMe();
  // Free text applies on Enter or Search, not at every key (each read is audited).
  const [text, setText] = useState(value.text);
  const set = (patch: Partial<ChronologyFilter>) => onChange({ ...value, text: text.trim(), ...patch });
  const submit = (e: { preventDefault(): void }) => {
    e.preventDefault();
    set({});
  };
  return (
    <form className={mergeClasses(styles.row, 'lantern-no-print')} aria-label="Filter the chronology" onSubmit={submit}>
      <Field label="Kind of entry">
        <Select value={value.kind} onChange={(_, d) => set({ kind: d.value })}>
          <option value="">All kinds</option>
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Category">
        <Select value={value.category} onChange={(_, d) => set({ category: d.value })}>
          <option value="">All categories</option>
          {me.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="From">
        <Input type="date" value={value.from} onChange={(_, d) => set({ from: d.value })} />
      </Field>
      <Field label="To">
        <Input type="date" value={value.to} onChange={(_, d) => set({ to: d.value })} />
      </Field>
      <Field label="Containing">
        <Input type="search" value={text} maxLength={200} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button type="submit">Search</Button>
      <Field label="Order">
        <Select value={value.order} onChange={(_, d) => set({ order: d.value === 'newest' ? 'newest' : 'oldest' })}>
          <option value="oldest">Oldest first</option>
          <option value="newest">Newest first</option>
        </Select>
      </Field>
      <Button
        onClick={() => {
          setText('');
          onChange(NO_FILTER);
        }}
      >
        Clear filters
      </Button>
      <Button appearance="primary" onClick={onPrint} disabled={printing}>
        {printing ? 'Preparing PDF…' : 'Print (PDF)'}
      </Button>
    </form>
  );
}
