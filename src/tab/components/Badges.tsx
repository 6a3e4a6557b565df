import { Badge } from '@fluentui/react-components';
import type { ConcernStatus } from '../api/types.js';
import { useMe } from '../auth/session.js';
import { categoryName, STATUS_SHORT } from '../format/labels.js';

const STATUS_COLOUR = { new: 'important', triaged: 'informative', closed: 'subtle' } as const;

export function StatusBadge({ status }: { status: ConcernStatus }) {
  return (
    <Badge appearance="tint" color={STATUS_COLOUR[status] ?? 'informative'} shape="rounded">
      {STATUS_SHORT[status] ?? status}
    </Badge>
  );
}

export function CategoryTags({ ids }: { ids: string[] }) {
  const { categories } = useMe();
  return (
    <>
      {ids.map((id) => (
        <Badge key={id} appearance="outline" color="brand" shape="rounded" style={{ marginInlineEnd: 4 }}>
          {categoryName(categories, id)}
        </Badge>
      ))}
    </>
  );
}
