import { Button, Radio, RadioGroup, Field, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { useApi } from '../../auth/session.js';
import { problemFor, useSubmit } from '../../components/form.js';
import { ErrorNotice, Loading, Success } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';

type Choice = 'redact' | 'disclose';
export interface DisclosureSettings {
  kinds: { kind: string; label: string; choice: Choice }[];
  defaults: Record<string, Choice>;
  custom: boolean;
}

/** What "disclose" means for each kind, in words. */
const discloseWords = (kind: string) => (kind === 'unknown' ? 'Leave as written, and list them for me to decide' : 'Name them');

function DefaultsForm({ settings, etag, onSaved }: { settings: DisclosureSettings; etag?: string; onSaved(s: DisclosureSettings, etag?: string): void }) {
  const api = useApi();
  const [choices, setChoices] = useState<Record<string, Choice>>(settings.defaults);
  const submit = useSubmit();
  const [saved, setSaved] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const ok = await submit.run(async () => {
      try {
        const r = await api.send<DisclosureSettings>('PUT', '/api/disclosure-settings', { defaults: choices }, etag ? { 'if-match': etag } : {});
        onSaved(r.data, r.etag);
        return { ok: true as const };
      } catch (err) {
        return { ok: false as const, error: err instanceof ApiError ? err : new ApiError(0, 'network', 'Lantern could not be reached. Nothing was changed.') };
      }
    });
    setSaved(ok);
  };
  return (
    <form onSubmit={onSubmit} aria-label="What exports redact by default" noValidate>
      {settings.kinds.map((k) => (
        <Field key={k.kind} label={k.label} validationMessage={problemFor(submit.error, `defaults.${k.kind}`)}>
          <RadioGroup layout="horizontal" value={choices[k.kind] ?? k.choice} onChange={(_, d) => setChoices({ ...choices, [k.kind]: d.value as Choice })}>
            <Radio value="redact" label="Redact" />
            <Radio value="disclose" label={discloseWords(k.kind)} />
          </RadioGroup>
        </Field>
      ))}
      {submit.error && !submit.error.problems.length && <ErrorNotice error={submit.error} />}
      {saved && <Success title="Saved">Previews use these defaults from now on. Requests already released are unchanged.</Success>}
      <Button type="submit" appearance="primary" disabled={submit.busy}>Save the defaults</Button>
    </form>
  );
}

/**
 * The school's defaults for each kind of person in a subject-access export
 * (getDisclosureSettings / updateDisclosureSettings). The DSL still decides
 * each person in the review, with a reason.
 */
export function DisclosureDefaultsSection() {
  const settings = useResource<DisclosureSettings>('/api/disclosure-settings');
  return (
    <Section title="What exports redact by default">
      <Text>
        Each person named in a file starts with the default for their kind. You still review every one before release, and can name or redact anyone with a reason.
        Professionals acting in their role are usually named; other children and relatives are usually redacted.
      </Text>
      {settings.loading && <Loading />}
      {settings.error && <ErrorNotice error={settings.error} onRetry={settings.reload} />}
      {settings.data && <DefaultsForm settings={settings.data} etag={settings.etag} onSaved={settings.set} />}
    </Section>
  );
}
