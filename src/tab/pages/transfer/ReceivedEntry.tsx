import { Badge, Caption1, Text } from '@fluentui/react-components';
import type { ReceivedEntry } from '../../api/records-types.js';
import { Facts } from '../../components/Section.js';
import { formatDateTime } from '../../format/dates.js';

/** A chronology entry received from the child's previous school, with where it came from. */
export function ReceivedBody({ entry: e }: { entry: ReceivedEntry }) {
  const from = e.receivedFrom;
  return (
    <>
      <div>
        <Badge appearance="filled" color="important">Received from previous school</Badge> <Text weight="semibold">{e.title}</Text>
      </div>
      <Facts items={(e.details ?? e.fields ?? []).map((f) => [f.label, f.value])} />
      <Caption1>{`From ${from.name}${from.urn ? ` (URN ${from.urn})` : ''}, reference ${from.reference}, sent ${formatDateTime(from.sentAt)}; imported ${formatDateTime(from.importedAt)} by ${from.importedBy.name}; pack SHA-256 ${from.packSha256.slice(0, 16)}…`}</Caption1>
    </>
  );
}
