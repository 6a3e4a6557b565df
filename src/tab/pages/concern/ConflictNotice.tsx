import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { VersionView } from '../../api/types.js';
import { formatDateTime } from '../../format/dates.js';
import { fieldLabel } from '../../format/labels.js';

/** Someone else changed the concern first: say who and what, and that nothing was overwritten. */
export function ConflictNotice({ changes, onDismiss }: { changes: VersionView[]; onDismiss(): void }) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Someone else changed this concern first</MessageBarTitle>
        {changes.length === 0
          ? 'The concern changed after you opened it. It has been reloaded; check it, then make your change again.'
          : changes
              .map((v) => `${v.changedBy.name} changed ${v.changes.map((x) => fieldLabel(x.field)).join(', ')} at ${formatDateTime(v.changedAt)}.`)
              .join(' ')}{' '}
        Their change is shown below and yours was not saved; what you typed is still in the form.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
