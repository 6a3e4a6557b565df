import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { FlagBadge } from '../api/types.js';
import { flagText } from '../format/child-file-labels.js';

const useStyles = makeStyles({ row: { display: 'inline-flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS } });

const SAFEGUARDING = new Set(['child-protection-plan', 'child-in-need', 'looked-after', 'open-to-social-care', 'private-fostering']);

/** A child's current statuses as compact badges; the API sends only those the reader may see. */
export function FlagBadges({ flags, size = 'small' }: { flags?: FlagBadge[]; size?: 'small' | 'medium' }) {
  const styles = useStyles();
  if (!flags || flags.length === 0) return null;
  return (
    <span className={styles.row} aria-label="Current statuses">
      {flags.map((f) => (
        <Badge key={f.flag} size={size} appearance="tint" color={SAFEGUARDING.has(f.flag) ? 'danger' : 'informative'}>
          {flagText(f)}
        </Badge>
      ))}
    </span>
  );
}
