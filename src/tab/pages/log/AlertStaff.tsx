import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PersonRef } from '../../api/types.js';
import { StaffPicker } from '../concern/StaffPicker.js';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The most colleagues one concern may alert (the API's limit). */
const MAX_ALERTED = 20;

/**
 * Colleagues to alert, picked by name from the school's directory. Only their ids are sent: the server takes each
 * name from the directory, never from the tab.
 */
export function AlertStaff({ value, onChange, error, me }: { value: PersonRef[]; onChange(next: PersonRef[]): void; error?: string; me: string }) {
  const styles = useStyles();
  const [round, setRound] = useState(0);
  const add = (p?: PersonRef) => {
    if (!p) return;
    if (p.oid !== me && !value.some((v) => v.oid === p.oid)) onChange([...value, p]);
    setRound((r) => r + 1); // a fresh picker for the next name
  };
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>
        <Text weight="semibold">Colleagues to alert (optional)</Text>
      </legend>
      <Text as="p" size={200} block>
        They are told in Teams that a concern was shared with them, and can read it. Your DSLs are always told.
      </Text>
      {value.length > 0 && (
        <ul className={styles.list} aria-label="Colleagues to alert">
          {value.map((p) => (
            <li key={p.oid}>
              <Button onClick={() => onChange(value.filter((x) => x.oid !== p.oid))}>{`Remove ${p.name}`}</Button>
            </li>
          ))}
        </ul>
      )}
      {value.length < MAX_ALERTED && <StaffPicker key={round} label="Add a colleague" value={undefined} onChange={add} error={error} required={false} source="/api/colleagues" />}
    </fieldset>
  );
}
