import { Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { AccessConfig, AccessView, CategoryReader } from '../../api/types.js';
import { useApi } from '../../auth/session.js';
import { problemFor } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { GroupLabel, GroupListEditor, GroupPicker, type GroupNames } from './GroupListEditor.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  reader: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  submit: { alignSelf: 'flex-start' },
});

const ROLE_LISTS = [
  ['staffGroups', 'Staff groups', 'Can log concerns and see what they logged.'],
  ['dslGroups', 'DSL groups', 'Designated safeguarding leads: every concern in the school.'],
  ['adminGroups', 'Admin groups', 'Can change this mapping and read the access report.'],
  ['escalationGroups', 'Escalation groups', 'Head / deputy: alerted when a referral milestone is escalated.'],
] as const;

type RoleKey = (typeof ROLE_LISTS)[number][0];

export type SaveResult = { ok: true; pending?: boolean } | { ok: false; error: ApiError };

/** The admin's working copy of the mapping; saved as one PATCH with If-Match. */
export function MappingEditor({ view, save }: { view: AccessView; save(config: Omit<AccessConfig, 'rosterSource'>): Promise<SaveResult> }) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Omit<AccessConfig, 'rosterSource'>>(() => ({
    staffGroups: view.config.staffGroups,
    dslGroups: view.config.dslGroups,
    adminGroups: view.config.adminGroups,
    escalationGroups: view.config.escalationGroups ?? [],
    categoryReaders: view.config.categoryReaders,
  }));
  const [names, setNames] = useState<GroupNames>(() => new Map((view.groups ?? []).map((g) => [g.id.toLowerCase(), g.name])));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const addName = (id: string, name: string) => setNames((m) => new Map(m).set(id.toLowerCase(), name));
  const setList = (key: RoleKey, ids: string[]) => setDraft((d) => ({ ...d, [key]: ids }));
  const setReader = (i: number, r: CategoryReader | undefined) =>
    setDraft((d) => ({ ...d, categoryReaders: r ? d.categoryReaders.map((x, j) => (j === i ? r : x)) : d.categoryReaders.filter((_, j) => j !== i) }));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const result = await save(draft);
    setBusy(false);
    if (!result.ok) setError(result.error);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Access mapping" className={styles.form} noValidate>
      {ROLE_LISTS.map(([key, title, hint]) => (
        <div key={key}>
          <GroupListEditor title={title} ids={draft[key]} onChange={(ids) => setList(key, ids)} names={names} onName={addName} problem={problemFor(error, key)} />
          <Caption1>{hint}</Caption1>
        </div>
      ))}
      <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">Category readers</Text>
        </legend>
        <Caption1>A group that reads only some categories, e.g. the SENCO reading SEND concerns.</Caption1>
        {draft.categoryReaders.length === 0 && <Caption1>No category readers.</Caption1>}
        <ul style={{ listStyleType: 'none', margin: 0, padding: 0 }} aria-label="Category readers">
          {draft.categoryReaders.map((r, i) => (
            <li key={`${r.groupId}-${i}`} className={styles.reader}>
              <div className={styles.row}>
                <GroupLabel id={r.groupId} names={names} />
                <Button size="small" appearance="subtle" onClick={() => setReader(i, undefined)} aria-label={`Remove category reader ${r.label || r.groupId}`}>
                  Remove
                </Button>
              </div>
              <Field label="Label" required validationMessage={problemFor(error, `categoryReaders.${i}.label`)}>
                <Input value={r.label} onChange={(_, d) => setReader(i, { ...r, label: d.value })} />
              </Field>
              <div className={styles.row} role="group" aria-label={`Categories ${r.label || r.groupId} reads`}>
                {view.categories.map((c) => (
                  <Checkbox
                    key={c.id}
                    label={c.name}
                    checked={r.categories.includes(c.id)}
                    onChange={(_, d) => setReader(i, { ...r, categories: d.checked ? [...r.categories, c.id] : r.categories.filter((x) => x !== c.id) })}
                  />
                ))}
              </div>
              {problemFor(error, `categoryReaders.${i}.categories`) && <Text role="alert">{problemFor(error, `categoryReaders.${i}.categories`)}</Text>}
            </li>
          ))}
        </ul>
        <GroupPicker
          label="Add a category reader group"
          names={names}
          onPick={(id, name) => {
            if (name) addName(id, name);
            setDraft((d) => ({ ...d, categoryReaders: [...d.categoryReaders, { groupId: id, label: name ?? '', categories: [] }] }));
          }}
        />
      </fieldset>
      {error && error.status === 422 && error.problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not saved</MessageBarTitle>
            {error.problems.map((p) => `${p.path}: ${p.message}`).join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && error.status !== 412 && !(error.status === 422 && error.problems.length > 0) && <ErrorNotice error={error} />}
      <Button type="submit" appearance="primary" disabled={busy} className={styles.submit}>
        {busy ? 'Saving…' : 'Save access'}
      </Button>
    </form>
  );
}

/** Saves with If-Match; on 412 the caller reloads and shows who changed it. */
export function useSaveAccess(etag: string | undefined) {
  const api = useApi();
  return async (config: Omit<AccessConfig, 'rosterSource'>): Promise<SaveResult> => {
    if (!etag) return { ok: false, error: new ApiError(0, 'not_ready', 'The mapping is still loading.') };
    try {
      const r = await api.send<AccessView & { pendingApproval?: boolean }>('PATCH', '/api/access-config', config, { 'if-match': etag });
      return { ok: true, pending: r.data.pendingApproval === true };
    } catch (e) {
      return { ok: false, error: e instanceof ApiError ? e : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.') };
    }
  };
}
