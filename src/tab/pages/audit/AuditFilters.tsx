import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChildSummary } from '../../api/types.js';
import { actionPhrase, AUDIT_ACTION_CHOICES } from '../../format/audit-labels.js';
import { EMPTY_FILTER, type AuditFilter, type AuditPerson } from './audit-types.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  wide: { minWidth: '22rem' },
});

const OUTCOMES = [
  ['success', 'Done'],
  ['denied', 'Refused'],
  ['failed', 'Failed (not found)'],
] as const;

/**
 * The audit trail's filters. Typed values apply on "Apply filters" (or Enter),
 * so the address — and the API query — changes once per search, not per key.
 * People are chosen by name and actions in words; the address keeps the API's
 * ids. The child filter is offered to DSLs only (the API refuses it to anyone else).
 */
export function AuditFilters({ value, roster, people, showChild, onApply }: { value: AuditFilter; roster: ChildSummary[]; people: AuditPerson[]; showChild: boolean; onApply(next: AuditFilter): void }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(value); // the page re-mounts this form when the address changes
  const set = (patch: Partial<AuditFilter>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form className={styles.row} aria-label="Audit filters" role="search" onSubmit={(e) => (e.preventDefault(), onApply(draft))}>
      <Field label="Person">
        <Select value={draft.oid} onChange={(_, d) => set({ oid: d.value })}>
          <option value="">Anyone</option>
          {draft.oid && !people.some((p) => p.oid === draft.oid.toLowerCase()) && <option value={draft.oid}>Someone the directory does not know</option>}
          {people.map((p) => (
            <option key={p.oid} value={p.oid}>
              {p.name}
            </option>
          ))}
        </Select>
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
      <Field label="Record id (from its address)">
        <Input value={draft.recordId} onChange={(_, d) => set({ recordId: d.value })} />
      </Field>
      <Field label="What they did" className={styles.wide}>
        <Select value={draft.action} onChange={(_, d) => set({ action: d.value })}>
          <option value="">Anything</option>
          {draft.action && !AUDIT_ACTION_CHOICES.some((a) => a.value === draft.action) && <option value={draft.action}>{`Another action (${actionPhrase(draft.action)[1].replace(' on {record}', '').replace(' {record}', '')})`}</option>}
          {AUDIT_ACTION_CHOICES.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </Select>
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
