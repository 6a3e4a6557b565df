import { makeStyles, Text, Title2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  block: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** What a person typed, shown exactly as text: line breaks kept, markup never interpreted. */
export function TypedText({ children }: { children: string }) {
  const styles = useStyles();
  return (
    <Text as="p" block className={styles.block}>
      {children}
    </Text>
  );
}

export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Title2 as="h1" block>
      {children}
    </Title2>
  );
}
