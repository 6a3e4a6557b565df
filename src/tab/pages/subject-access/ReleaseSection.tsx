import { Button, Checkbox, Field, ProgressBar, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useListStyles } from '../../components/lists.js';
import { useSubmit } from '../../components/form.js';
import { ErrorNotice } from '../../components/Notices.js';
import { formatDateTime } from '../../format/dates.js';
import { OtherError, useFormStyles } from './SarForms.js';
import type { ExportJob, SarRelease } from './types.js';
import type { ChangeResult } from './use-subject-access.js';

type Download = (releaseId: string, format: 'pdf' | 'json') => Promise<ChangeResult>;

/** Past releases with their files (and the hashes the audit recorded). */
export function ReleaseList({ releases, download }: { releases: SarRelease[]; download: Download }) {
  const styles = useListStyles();
  const submit = useSubmit();
  if (releases.length === 0) return <Text className={styles.empty}>Nothing released yet.</Text>;
  return (
    <>
      <ul className={styles.list} aria-label="Releases">
        {releases.map((r) => (
          <li key={r.id} className={styles.item}>
            <Text weight="semibold">{`Released ${formatDateTime(r.at)} by ${r.by.name}`}</Text>
            <Text size={200}>{`${r.recordIds.length} records · ${r.withheldRedactionIds.length} withheld · ${r.releasedRedactionIds.length} released after review`}</Text>
            <div className={styles.line}>
              <Button onClick={() => submit.run(() => download(r.id, 'pdf'))} disabled={submit.busy}>Download PDF</Button>
              <Button onClick={() => submit.run(() => download(r.id, 'json'))} disabled={submit.busy}>Download JSON</Button>
            </div>
            <Text size={100}>{`SHA-256 PDF ${r.files.pdf.slice(0, 16)}… JSON ${r.files.json.slice(0, 16)}…`}</Text>
          </li>
        ))}
      </ul>
      {submit.error && <ErrorNotice error={submit.error} />}
    </>
  );
}

/** Release the export as reviewed: the DSL confirms the review; the release is audited with what went out. */
export function ReleaseForm({ release, reviewed }: { release: () => Promise<ChangeResult>; reviewed: boolean }) {
  const form = useFormStyles();
  const [confirmed, setConfirmed] = useState(false);
  const submit = useSubmit();
  return (
    <div className={form.form}>
      {!reviewed && <Text>Review the redactions first.</Text>}
      <Checkbox label="I have reviewed every redaction" checked={confirmed} disabled={!reviewed} onChange={(_, d) => setConfirmed(d.checked === true)} />
      <OtherError error={submit.error} />
      <Button appearance="primary" className={form.submit} disabled={!confirmed || !reviewed || submit.busy} onClick={() => submit.run(release)}>
        Release the export
      </Button>
    </div>
  );
}

const STAGES: Record<ExportJob['stage'], string> = {
  queued: 'Waiting to start',
  gathering: 'Gathering the records',
  rendering: 'Making the PDF and JSON files',
  keeping: 'Keeping a copy of what is released',
  done: 'Ready: the files are in the list of releases',
  failed: 'Could not be built',
};

/** A large export building in the background: where it is, and that a Teams message follows when it is ready. */
export function ExportProgress({ job }: { job: ExportJob }) {
  const records = job.records === undefined ? '' : ` (${job.records} ${job.records === 1 ? 'record' : 'records'})`;
  return (
    <Field label="Building the export in the background" validationState={job.status === 'failed' ? 'error' : 'none'} validationMessage={job.error}>
      <ProgressBar value={job.percent / 100} aria-label="Export progress" />
      <Text>{`${STAGES[job.stage]}${records} · ${job.percent}%`}</Text>
      {job.status !== 'done' && job.status !== 'failed' && <Text size={200}>You can leave this page: Lantern sends you a message in Teams when the files are ready.</Text>}
    </Field>
  );
}
