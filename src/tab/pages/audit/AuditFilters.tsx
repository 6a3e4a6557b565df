import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChildSummary } from '../../api/types.js';
import { EMPTY_FILTER, type AuditFilter } from './audit-types.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  wide: { minWidth: '22rem' },
});

const OUTCOMES = [
  ['success', 'Success'],
  ['denied', 'Denied'],
  ['failed', 'Failed (not found)'],
] as const;

/**
 * The audit trail's filters. Typed values apply on "Apply filters" (or Enter),
 * so the address — and the API query — changes once per search, not per key.
 * The child filter is offered to DSLs only (the API refuses it to anyone else).
 */
export function AuditFilters({ value, roster, showChild, onApply }: { value: AuditFilter; roster: ChildSummary[]; showChild: boolean; onApply(next: AuditFilter): void }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(value); // the page re-mounts this form when the address changes
  const set = (patch: Partial<AuditFilter>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form className={styles.row} aria-label="Audit filters" role="search" onSubmit={(e) => (e.preventDefault(), onApply(draft))}>
      <Field label="Person (object id)" className={styles.wide}>
        <Input value={draft.oid} onChange={(_, d) => set({ oid: d.value })} placeholder="e.g. 6a2e9f10-…" />
      </Field>
      {showChild && (
        <Field label="Child">
          <Select value={draft.childId} onChange={(_, d) => set({ childId: d.value })}>
            <option value="">Any child</option>
            {roster.map((c) => (
              <option key={c.id} value={c.id}>
                {`${c.name} (${c.yearGroup === 'R' ? 'Reception' : `Year ${c.yearGroup}`})`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Record id">
        <Input value={draft.recordId} onChange={(_, d) => set({ recordId: d.value })} />
      </Field>
      <Field label="Action">
        <Input value={draft.action} onChange={(_, d) => set({ action: d.value })} placeholder="e.g. concern.read" />
      </Field>
      <Field label="Outcome">
        <Select value={draft.outcome} onChange={(_, d) => set({ outcome: d.value })}>
          <option value="">Any outcome</option>
          {OUTCOMES.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="From">
        <Input type="date" value={draft.from} onChange={(_, d) => set({ from: d.value })} />
      </Field>
      <Field label="To">
        <Input type="date" value={draft.to} onChange={(_, d) => set({ to: d.value })} />
      </Field>
      <Button type="submit" appearance="primary">
        Apply filters
      </Button>
      <Button type="button" onClick={() => onApply(EMPTY_FILTER)}>
        Clear
      </Button>
    </form>
  );
}
