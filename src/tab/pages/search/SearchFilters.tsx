import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { ChildSummary } from '../../api/types.js';
import { useMe } from '../../auth/session.js';
import { STATUS_SHORT } from '../../format/labels.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
});

export interface SearchFilter {
  /** A concern reference (C-…) or words in the account. */
  q: string;
  childId: string;
  category: string;
  status: string;
  from: string;
  to: string;
}

export const FILTER_KEYS: (keyof SearchFilter)[] = ['q', 'childId', 'category', 'status', 'from', 'to'];

export function SearchFilters({ value, roster, onChange }: { value: SearchFilter; roster: ChildSummary[]; onChange(next: SearchFilter): void }) {
  const styles = useStyles();
  const me = useMe();
  const set = (patch: Partial<SearchFilter>) => onChange({ ...value, ...patch });
  return (
    <form className={styles.row} aria-label="Search filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <Field label="Reference or words" hint="e.g. C-7K3QF9, or words from what happened">
        <Input type="search" value={value.q} maxLength={200} onChange={(_, d) => set({ q: d.value })} />
      </Field>
      <Field label="Child">
        <Select value={value.childId} onChange={(_, d) => set({ childId: d.value })}>
          <option value="">Any child</option>
          {roster.map((c) => (
            <option key={c.id} value={c.id}>
              {`${c.name} (${c.yearGroup === 'R' ? 'Reception' : `Year ${c.yearGroup}`})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Category">
        <Select value={value.category} onChange={(_, d) => set({ category: d.value })}>
          <option value="">Any category</option>
          {me.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Status">
        <Select value={value.status} onChange={(_, d) => set({ status: d.value })}>
          <option value="">Any status</option>
          {Object.entries(STATUS_SHORT).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Happened from">
        <Input type="date" value={value.from} onChange={(_, d) => set({ from: d.value })} />
      </Field>
      <Field label="Happened to">
        <Input type="date" value={value.to} onChange={(_, d) => set({ to: d.value })} />
      </Field>
    </form>
  );
}
