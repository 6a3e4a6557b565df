import { Radio, RadioGroup, Text } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Dashboard } from '../../api/types.js';
import { Loading } from '../../components/Notices.js';
import { formatPlainDate } from '../../format/dates.js';
import { Panel } from '../../components/Panel.js';

const CategoryChart = lazy(() => import('./CategoryChart.js'));

/** Concerns by category for this week, this term or this school year. */
export function CategoryCountsPanel({ counts }: { counts: Dashboard['counts'] }) {
  const [selected, setSelected] = useState(counts[1]?.key ?? counts[0]?.key ?? 'term');
  const window = counts.find((c) => c.key === selected) ?? counts[0];
  return (
    <Panel title="Concerns by category" count={window?.total}>
      <RadioGroup value={selected} onChange={(_, d) => setSelected(d.value)} layout="horizontal" aria-label="Period">
        {counts.map((c) => (
          <Radio key={c.key} value={c.key} label={c.key === 'week' ? 'This week' : c.key === 'term' ? 'This term' : 'This year'} />
        ))}
      </RadioGroup>
      {window && (
        <>
          <Text size={200}>{`${window.label}: ${window.total} concern(s) since ${formatPlainDate(window.startDate)}. A concern in two categories counts in both.`}</Text>
          <Suspense fallback={<Loading label="Drawing the chart…" />}>
            <CategoryChart window={window} />
          </Suspense>
        </>
      )}
    </Panel>
  );
}
