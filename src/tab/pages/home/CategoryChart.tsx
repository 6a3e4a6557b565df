import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Dashboard } from '../../api/types.js';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: { position: 'absolute', left: '-10000px' },
  name: { textAlign: 'start', fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} 0`, whiteSpace: 'nowrap', width: '1%' },
  barCell: { width: '100%', padding: `${tokens.spacingVerticalXXS} 0` },
  track: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  bar: { height: '12px', minWidth: '2px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorBrandBackground, forcedColorAdjust: 'none' },
  zero: { backgroundColor: tokens.colorNeutralStroke2 },
});

/**
 * A bar chart drawn with CSS, as a table: screen readers read category and
 * count; the bars are decoration for sighted readers.
 */
export default function CategoryChart({ window }: { window: Dashboard['counts'][number] }) {
  const styles = useStyles();
  const max = Math.max(1, ...window.byCategory.map((c) => c.count));
  const rows = [...window.byCategory].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{`Concerns by category, ${window.label}`}</caption>
      <thead className={styles.caption}>
        <tr>
          <th scope="col">Category</th>
          <th scope="col">Concerns</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.category}>
            <th scope="row" className={styles.name}>
              {c.name}
            </th>
            <td className={styles.barCell}>
              <div className={styles.track}>
                <div aria-hidden="true" className={mergeClasses(styles.bar, !c.count && styles.zero)} style={{ width: `${(c.count / max) * 85}%` }} />
                <span>{c.count}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
