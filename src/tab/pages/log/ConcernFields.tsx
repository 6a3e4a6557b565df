import { Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from '@fluentui/react-components';
import type { ChildSummary } from '../../api/types.js';
import { useMe } from '../../auth/session.js';
import { ChildPicker } from './ChildPicker.js';
import { PeopleInvolved } from './PeopleInvolved.js';
import { AlertStaff } from './AlertStaff.js';
import type { ConcernDraft } from './concern-draft.js';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  categories: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))', border: 'none', padding: 0, margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface FieldsProps {
  draft: ConcernDraft;
  set(patch: Partial<ConcernDraft>): void;
  roster: ChildSummary[];
  problems: Record<string, string | undefined>;
}

export function ConcernFields({ draft, set, roster, problems }: FieldsProps) {
  const styles = useStyles();
  const me = useMe();
  const toggle = (id: string, on: boolean) => set({ categories: on ? [...draft.categories, id] : draft.categories.filter((c) => c !== id) });
  return (
    <div className={styles.fields}>
      <Checkbox
        label="A child may be at immediate risk"
        checked={draft.urgent}
        onChange={(_, d) => set({ urgent: d.checked === true })}
      />
      {draft.urgent && (
        <Text role="note" weight="semibold">
          Your DSLs will be alerted as soon as you log this. Also speak to a DSL in person now; if a child is in danger, call 999.
        </Text>
      )}
      <ChildPicker roster={roster} value={draft.children} onChange={(children) => set({ children })} error={problems.children} />
      <fieldset className={styles.categories} aria-describedby={problems.categories ? 'categories-error' : undefined}>
        <legend>
          <Text weight="semibold">Categories</Text>
        </legend>
        {me.categories.map((c) => (
          <Checkbox key={c.id} label={c.name} checked={draft.categories.includes(c.id)} onChange={(_, d) => toggle(c.id, d.checked === true)} />
        ))}
        {problems.categories && <Text id="categories-error" className={styles.error} role="alert">{problems.categories}</Text>}
      </fieldset>
      <div className={styles.row}>
        <Field label="Date it happened" required validationMessage={problems.occurredAt}>
          <Input type="date" value={draft.date} onChange={(_, d) => set({ date: d.value })} />
        </Field>
        <Field label="Time" required>
          <Input type="time" value={draft.time} onChange={(_, d) => set({ time: d.value })} />
        </Field>
        <Field label="Where" validationMessage={problems.location}>
          <Input value={draft.location} onChange={(_, d) => set({ location: d.value })} />
        </Field>
      </div>
      <Field label="What happened" hint="Facts, and the child's own words where you can." required validationMessage={problems.account}>
        <Textarea value={draft.account} onChange={(_, d) => set({ account: d.value })} rows={6} resize="vertical" />
      </Field>
      <PeopleInvolved value={draft.people} onChange={(people) => set({ people })} problems={problems} />
      <Field label="Action already taken" validationMessage={problems.actionTaken}>
        <Textarea value={draft.actionTaken} onChange={(_, d) => set({ actionTaken: d.value })} rows={2} resize="vertical" />
      </Field>
      <Field label="Were parents or carers informed?" required validationMessage={problems.parentsInformed}>
        <RadioGroup value={draft.parentsInformed} onChange={(_, d) => set({ parentsInformed: d.value as ConcernDraft['parentsInformed'] })} layout="horizontal">
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
      {draft.parentsInformed === 'no' && (
        <Field label="Why not?" required validationMessage={problems.parentsReason}>
          <Textarea value={draft.parentsReason} onChange={(_, d) => set({ parentsReason: d.value })} rows={2} resize="vertical" />
        </Field>
      )}
      <AlertStaff value={draft.alerted} onChange={(alerted) => set({ alerted })} error={problems.alertedStaff} me={me.oid} />
    </div>
  );
}
