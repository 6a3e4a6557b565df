import { CounterBadge, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
});

export interface PanelProps {
  title: string;
  count?: number;
  /** Extra controls on the heading's line, e.g. "See all". */
  action?: ReactNode;
  children: ReactNode;
}

/** A titled region of a page; the heading names the region for screen readers. */
export function Panel({ title, count, action, children }: PanelProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={headingId}>
          {title}
        </Subtitle2>
        {count !== undefined && <CounterBadge count={count} showZero overflowCount={999} appearance="ghost" color="informative" aria-label={`${count} items`} />}
        <span className={styles.grow} />
        {action}
      </div>
      {children}
    </section>
  );
}
