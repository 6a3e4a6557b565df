import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { useApi, useMe } from '../../auth/session.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice, Loading, Success } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { PageTitle } from '../../components/Text.js';

interface Settings {
  defaultYears: number;
  categoryYears: Record<string, number>;
  categories: { id: string; name: string }[];
}

function SettingsForm({ settings, etag, onSaved }: { settings: Settings; etag?: string; onSaved(s: Settings, etag?: string): void }) {
  const api = useApi();
  const [def, setDef] = useState(String(settings.defaultYears));
  const [years, setYears] = useState<Record<string, string>>(Object.fromEntries(Object.entries(settings.categoryYears).map(([k, v]) => [k, String(v)])));
  const submit = useSubmit();
  const [saved, setSaved] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const categoryYears = Object.fromEntries(Object.entries(years).filter(([, v]) => v.trim()).map(([k, v]) => [k, Number(v)]));
    const ok = await submit.run(async () => {
      try {
        const r = await api.send<Settings>('PUT', '/api/retention-settings', { defaultYears: Number(def), categoryYears }, etag ? { 'if-match': etag } : {});
        onSaved(r.data, r.etag);
        return { ok: true as const };
      } catch (err) {
        return { ok: false as const, error: err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.') };
      }
    });
    setSaved(ok);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Retention periods" noValidate>
      <Field label="Default: years from date of birth" required validationMessage={problemFor(submit.error, 'defaultYears')}>
        <Input type="number" value={def} onChange={(_, d) => setDef(d.value)} />
      </Field>
      {settings.categories.map((c) => (
        <Field key={c.id} label={`${c.name} (leave empty for the default)`} validationMessage={problemFor(submit.error, `categoryYears.${c.id}`)}>
          <Input type="number" value={years[c.id] ?? ''} onChange={(_, d) => setYears({ ...years, [c.id]: d.value })} />
        </Field>
      ))}
      {submit.error && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      {saved && <Success title="Saved">Review dates use the new periods from now on.</Success>}
      <Button type="submit" appearance="primary" disabled={submit.busy}>Save</Button>
    </form>
  );
}

/** Retention periods per category (admins edit; getRetentionSettings / updateRetentionSettings). */
export default function RetentionSettingsPage() {
  const me = useMe();
  const settings = useResource<Settings>('/api/retention-settings');
  return (
    <>
      <PageTitle>Retention periods</PageTitle>
      <Text>A closed child protection file is reviewed at the child&apos;s date of birth plus this many years (25 by default, from the IRMS toolkit for schools). A category can only lengthen it. Nothing is deleted automatically.</Text>
      {settings.loading && <Loading />}
      {settings.error && <ErrorNotice error={settings.error} onRetry={settings.reload} />}
      {settings.data && (
        <Section title="Years from date of birth">
          {me.roles.includes('admin') ? <SettingsForm settings={settings.data} etag={settings.etag} onSaved={settings.set} /> : <Text>{`Default ${settings.data.defaultYears} years.`}</Text>}
        </Section>
      )}
    </>
  );
}
