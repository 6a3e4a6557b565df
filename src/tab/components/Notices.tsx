import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.js';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return <Spinner size="small" label={label} labelPosition="after" />;
}

/** An API failure in words a member of staff can act on. */
export function ErrorNotice({ error, onRetry, title }: { error: ApiError; onRetry?: () => void; title?: string }) {
  // Asking again cannot change a refusal, a record that is not there, or input that needs changing.
  const retry = onRetry && ![403, 404, 422].includes(error.status) ? onRetry : undefined;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? titleFor(error)}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      {retry && (
        <MessageBarActions>
          <Button onClick={retry}>Try again</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function titleFor(error: ApiError): string {
  if (error.status === 404) return 'Not found';
  if (error.status === 403) return 'You cannot see or do this';
  if (error.status === 412) return 'Someone else changed this';
  if (error.status === 422) return 'Please check what you entered';
  if (error.status === 429) return 'Too many requests';
  if (error.status === 503) return 'Lantern is busy';
  return 'Something went wrong';
}

export function Success({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
