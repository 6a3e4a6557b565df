import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { RetentionFile } from '../../api/records-types.js';
import { useResource } from '../../api/use-resource.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { RetentionFileItem } from './RetentionFileItem.js';

/**
 * The retention review queue (listRetentionFiles): closed child protection
 * files whose review date has passed, oldest first. A DSL reviews each one and
 * either keeps it (legal hold) or deletes it by an explicit decision.
 */
export default function RetentionPage() {
  const list = useListStyles();
  const [view, setView] = useState<'due' | 'all'>('due');
  const files = useResource<{ today: string; items: RetentionFile[] }>(`/api/retention/files?view=${view}`);
  const items = files.data?.items ?? [];
  return (
    <>
      <PageTitle>Retention review</PageTitle>
      <Text>
        Closed child protection files are reviewed at the child&apos;s date of birth plus the retention period (25 years unless your admin set a longer
        period for a category). Nothing is deleted automatically: a DSL decides, and the audit trail keeps a record of every deletion.
      </Text>
      {/* A radio group, not a TabList: Fluent's TabList adds focusable aria-hidden elements that screen reader users can land on. */}
      <Field label="Show">
        <RadioGroup value={view} onChange={(_, d) => setView(d.value as 'due' | 'all')} layout="horizontal">
          <Radio value="due" label="Due for review" />
          <Radio value="all" label="All files" />
        </RadioGroup>
      </Field>
      {files.error && <ErrorNotice error={files.error} onRetry={files.reload} />}
      {files.loading && <Loading />}
      {!files.loading && !files.error && items.length === 0 && <Text className={list.empty}>{view === 'due' ? 'No files are due for review.' : 'No child protection files yet.'}</Text>}
      {items.length > 0 && (
        <ul className={list.list} aria-label="Child protection files">
          {items.map((f) => (
            <RetentionFileItem key={f.childId} file={f} onChanged={files.reload} />
          ))}
        </ul>
      )}
    </>
  );
}
