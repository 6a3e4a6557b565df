import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChildRole, ChildSummary } from '../../api/types.js';
import { CHILD_ROLES, ROLE_LABELS } from '../../format/labels.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface PickedChild {
  childId: string;
  role: ChildRole;
}

const yearLabel = (y: string) => (y === 'R' ? 'Reception' : `Year ${y}`);

/** Choose one or more children, each with their own role (never copied from one child to another). */
export function ChildPicker({ roster, value, onChange, error }: { roster: ChildSummary[]; value: PickedChild[]; onChange(next: PickedChild[]): void; error?: string }) {
  const styles = useStyles();
  const [choice, setChoice] = useState('');
  const available = roster.filter((c) => !value.some((v) => v.childId === c.id));
  const nameOf = (id: string) => roster.find((c) => c.id === id)?.name ?? id;
  const add = () => {
    if (!choice) return;
    onChange([...value, { childId: choice, role: 'subject' }]);
    setChoice('');
  };
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>
        <Text weight="semibold">Children involved</Text>
      </legend>
      {value.length > 0 && (
        <ul className={styles.list} aria-label="Children chosen">
          {value.map((v) => (
            <li key={v.childId} className={styles.row}>
              <Field label={`Role of ${nameOf(v.childId)}`}>
                <Select value={v.role} onChange={(_, d) => onChange(value.map((x) => (x.childId === v.childId ? { ...x, role: d.value as ChildRole } : x)))}>
                  {CHILD_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button onClick={() => onChange(value.filter((x) => x.childId !== v.childId))}>{`Remove ${nameOf(v.childId)}`}</Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Field label="Add a child" validationMessage={error}>
          <Select value={choice} onChange={(_, d) => setChoice(d.value)}>
            <option value="">Choose a child…</option>
            {available.map((c) => (
              <option key={c.id} value={c.id}>{`${c.name} (${yearLabel(c.yearGroup)})`}</option>
            ))}
          </Select>
        </Field>
        <Button onClick={add} disabled={!choice}>
          Add child
        </Button>
      </div>
    </fieldset>
  );
}
