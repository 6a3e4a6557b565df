import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Concern } from '../../api/types.js';
import { Section } from '../../components/Section.js';
import { BodyMapEditor } from './BodyMapEditor.js';
import { BodyMarkList } from './BodyMarkList.js';
import { BodyOutline } from './BodyOutline.js';
import type { BodyMark } from './body-map-words.js';
import type { ChangeResult } from './use-concern.js';

const useStyles = makeStyles({ views: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL } });

/** The body map: outlines with numbered marks and the same marks listed by area; editable by whoever may edit the concern. */
export function BodyMapSection({ concern: c, change }: { concern: Concern; change: (body: Record<string, unknown>) => Promise<ChangeResult> }) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const marks: BodyMark[] = c.bodyMap ?? [];
  if (!marks.length && !c.can.edit) return null;
  const numbered = marks.map((mark, i) => ({ mark, number: i + 1 }));
  return (
    <Section title="Body map">
      {editing ? (
        <BodyMapEditor initial={marks} save={(next) => change({ op: 'edit', changes: { bodyMap: next } })} onDone={() => setEditing(false)} />
      ) : (
        <>
          {marks.length > 0 && (
            <div className={styles.views}>
              {(['front', 'back'] as const).map((side) => <BodyOutline key={side} side={side} marks={numbered.filter((m) => m.mark.side === side)} />)}
            </div>
          )}
          <BodyMarkList marks={marks} />
          {c.can.edit && <Button onClick={() => setEditing(true)}>{marks.length ? 'Change body map' : 'Add a body map'}</Button>}
        </>
      )}
    </Section>
  );
}
