import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

/** A parent/carer or other adult involved, as typed. */
export interface PersonDraft {
  name: string;
  relationship: string;
  part: string;
}

/** The most the API takes on one concern; others go in the account. */
export const MAX_PEOPLE = 20;

const nth = (i: number) => `adult ${i + 1}`;

/**
 * Parents/carers and other adults involved in the incident: name, relationship to the child, part in the incident.
 * Problems come keyed `otherPeople.<i>.<field>` (the API's paths).
 */
export function PeopleInvolved({ value, onChange, problems }: { value: PersonDraft[]; onChange(next: PersonDraft[]): void; problems: Record<string, string | undefined> }) {
  const styles = useStyles();
  const update = (i: number, patch: Partial<PersonDraft>) => onChange(value.map((p, k) => (k === i ? { ...p, ...patch } : p)));
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>
        <Text weight="semibold">Parents, carers or other adults involved</Text>
      </legend>
      <Text as="p" size={200} block>
        Not staff: anyone else who was there or took part. Leave this empty if nobody else was involved.
      </Text>
      {value.length > 0 && (
        <ul className={styles.list} aria-label="Adults involved">
          {value.map((p, i) => (
            <li key={i} className={styles.row}>
              <Field label={`Name of ${nth(i)}`} required validationMessage={problems[`otherPeople.${i}.name`]}>
                <Input value={p.name} maxLength={200} onChange={(_, d) => update(i, { name: d.value })} />
              </Field>
              <Field label={`Relationship of ${nth(i)} to the child`} hint="e.g. Mother, Mum's partner, neighbour" required validationMessage={problems[`otherPeople.${i}.relationship`]}>
                <Input value={p.relationship} maxLength={200} onChange={(_, d) => update(i, { relationship: d.value })} />
              </Field>
              <Field label={`Part ${nth(i)} played in the incident`} validationMessage={problems[`otherPeople.${i}.part`]}>
                <Input value={p.part} maxLength={500} onChange={(_, d) => update(i, { part: d.value })} />
              </Field>
              <Button onClick={() => onChange(value.filter((_, k) => k !== i))}>{`Remove ${p.name.trim() || nth(i)}`}</Button>
            </li>
          ))}
        </ul>
      )}
      {problems.otherPeople && <Text role="alert" block>{problems.otherPeople}</Text>}
      <Button onClick={() => onChange([...value, { name: '', relationship: '', part: '' }])} disabled={value.length >= MAX_PEOPLE} style={{ marginTop: 8 }}>
        Add an adult involved
      </Button>
    </fieldset>
  );
}
