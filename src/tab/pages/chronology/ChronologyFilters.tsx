import { Button, Field, Input, makeStyles, mergeClasses, Select, tokens } from '@fluentui/react-components';
import { useMe } from '../../auth/session.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
});

export interface ChronologyFilter {
  category: string;
  from: string;
  to: string;
}

export function ChronologyFilters({ value, onChange }: { value: ChronologyFilter; onChange(next: ChronologyFilter): void }) {
  const styles = useStyles();
  const me = useMe();
  return (
    <form className={mergeClasses(styles.row, 'lantern-no-print')} aria-label="Filter the chronology" onSubmit={(e) => e.preventDefault()}>
      <Field label="Category">
        <Select value={value.category} onChange={(_, d) => onChange({ ...value, category: d.value })}>
          <option value="">All categories</option>
          {me.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="From">
        <Input type="date" value={value.from} onChange={(_, d) => onChange({ ...value, from: d.value })} />
      </Field>
      <Field label="To">
        <Input type="date" value={value.to} onChange={(_, d) => onChange({ ...value, to: d.value })} />
      </Field>
      <Button onClick={() => onChange({ category: '', from: '', to: '' })}>Clear filters</Button>
      <Button appearance="primary" onClick={() => window.print()}>
        Print
      </Button>
    </form>
  );
}
