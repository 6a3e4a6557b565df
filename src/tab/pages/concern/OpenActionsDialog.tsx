import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';
import type { Problem } from '../../api/client.js';

/** The open actions the server listed when asked to close; closing anyway leaves them open on the record. */
export function OpenActionsDialog({ actions, busy, onConfirm, onCancel }: { actions: Problem[]; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const count = actions.length === 1 ? 'an open action' : `${actions.length} open actions`;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="open-actions-list">
        <DialogBody>
          <DialogTitle>{`This concern has ${count}`}</DialogTitle>
          <DialogContent>
            <ul id="open-actions-list">
              {actions.map((a) => (
                <li key={a.path}>{a.message}</li>
              ))}
            </ul>
            <Text as="p" block>Close it anyway? The actions stay on the record as they are. You can also finish or withdraw them first.</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={onConfirm}>{busy ? 'Closing…' : 'Close anyway'}</Button>
            <Button onClick={onCancel}>Go back</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
