import { Button, Caption1, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { query } from '../../api/client.js';
import type { GroupSearch } from '../../api/types.js';
import { useApi } from '../../auth/session.js';
import { UNNAMED_GROUP } from '../../format/labels.js';

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  add: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

export type GroupNames = Map<string, string>;

/** A group's name as the directory gives it; a group it cannot name says so, with its id folded away for IT. */
export function GroupLabel({ id, names }: { id: string; names: GroupNames }) {
  const styles = useStyles();
  const name = names.get(id.toLowerCase());
  if (name) return <Text weight="semibold">{name}</Text>;
  return (
    <>
      <Text weight="semibold">{UNNAMED_GROUP}</Text>
      <details>
        <summary>
          <Caption1>Its id, for IT</Caption1>
        </summary>
        <Caption1 className={styles.id}>{id}</Caption1>
      </details>
    </>
  );
}

/** A group's name for a button or a list: the directory's, or that it cannot be named. */
export const groupName = (id: string, names: GroupNames) => names.get(id.toLowerCase()) ?? UNNAMED_GROUP;

/**
 * Type a group's name to search the directory (searchGroups), or paste its object id.
 * When the directory cannot be asked, the API says why and a pasted id still works.
 */
export function GroupPicker({ label, onPick, names }: { label: string; onPick(id: string, name?: string): void; names: GroupNames }) {
  const styles = useStyles();
  const api = useApi();
  const [text, setText] = useState('');
  const [found, setFound] = useState<GroupSearch>();
  const typed = text.trim();
  const isId = GUID.test(typed);
  useEffect(() => {
    if (isId || typed.length < 2 || /["\\]/.test(typed)) {
      setFound(undefined);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<GroupSearch>(`/api/access-config/groups${query({ search: typed })}`, controller.signal)
        .then((r) => setFound(r.data))
        .catch(() => {
          if (!controller.signal.aborted) setFound({ items: [], unavailable: 'The group search did not answer. Paste the group object id instead.' });
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, typed, isId]);
  const pick = (id: string, name?: string) => {
    onPick(id.toLowerCase(), name);
    setText('');
    setFound(undefined);
  };
  return (
    <div>
      <div className={styles.add}>
        <Field label={label} hint="Type a group name to search, or paste the group's object id (GUID).">
          <Input value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
        {isId && <Button onClick={() => pick(typed, names.get(typed.toLowerCase()))}>Add this id</Button>}
      </div>
      {found?.unavailable && <Caption1>{found.unavailable}</Caption1>}
      {found && !found.unavailable && found.items.length === 0 && <Caption1>No group matches.</Caption1>}
      {found && found.items.length > 0 && (
        <ul className={styles.list} aria-label={`Groups matching ${typed}`}>
          {found.items.map((g) => (
            <li key={g.id} className={styles.item}>
              <Button size="small" onClick={() => pick(g.id, g.name)}>{`Add ${g.name}`}</Button>
              {g.description && <Caption1>{g.description}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One role's list of groups: remove any, add by search or id. */
export function GroupListEditor({ title, ids, onChange, names, onName, problem }: { title: string; ids: string[]; onChange(ids: string[]): void; names: GroupNames; onName(id: string, name: string): void; problem?: string }) {
  const styles = useStyles();
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>
        <Text weight="semibold">{title}</Text>
      </legend>
      {ids.length === 0 && <Caption1>No group.</Caption1>}
      <ul className={styles.list} aria-label={title}>
        {ids.map((id) => (
          <li key={id} className={styles.item}>
            <GroupLabel id={id} names={names} />
            <Button size="small" appearance="subtle" aria-label={`Remove ${groupName(id, names)} from ${title}`} onClick={() => onChange(ids.filter((x) => x !== id))}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      {problem && (
        <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {problem}
        </Text>
      )}
      <GroupPicker
        label={`Add a group to ${title}`}
        names={names}
        onPick={(id, name) => {
          if (name) onName(id, name);
          if (!ids.includes(id)) onChange([...ids, id]);
        }}
      />
    </fieldset>
  );
}
