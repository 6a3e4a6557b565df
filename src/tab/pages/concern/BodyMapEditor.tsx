import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../components/Notices.js';
import { useSubmit } from '../../components/form.js';
import { BodyMarkList } from './BodyMarkList.js';
import { BodyOutline } from './BodyOutline.js';
import { AREA_LABELS, areasOn, bodyAreaOf, centreOf, SIDE_LABELS, SIZE_LABELS, TYPE_LABELS, type BodyArea, type BodyMark, type BodySide } from './body-map-words.js';
import type { ChangeResult } from './use-concern.js';

const useStyles = makeStyles({
  views: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32rem' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type Pending = { side: BodySide; x: number; y: number };

/** Place marks by clicking an outline, or by choosing the side and area; then save them all as one change. */
export function BodyMapEditor({ initial, save, onDone }: { initial: BodyMark[]; save: (marks: BodyMark[]) => Promise<ChangeResult>; onDone: () => void }) {
  const styles = useStyles();
  const [marks, setMarks] = useState<BodyMark[]>(initial);
  const [pending, setPending] = useState<Pending>();
  const [type, setType] = useState<BodyMark['type']>('bruise');
  const [size, setSize] = useState<BodyMark['size']>('1-3cm');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = useSubmit();
  const chooseArea = (value: string) => {
    if (!value) return setPending(undefined);
    const [side, area] = value.split(':') as [BodySide, BodyArea];
    setPending({ side, ...centreOf(side, area) });
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!pending || !description.trim()) return setMissing(true);
    setMarks([...marks, { ...pending, type, size, description: description.trim() }]);
    setPending(undefined);
    setDescription('');
    setMissing(false);
  };
  const onSave = async () => {
    const r = await submit.run(() => save(marks));
    if (r) onDone();
  };
  const numbered = (side: BodySide) => marks.map((mark, i) => ({ mark, number: i + 1 })).filter((m) => m.mark.side === side);
  return (
    <div>
      <Text>Click or tap where the mark is, or choose the area below; then describe it and add it.</Text>
      <div className={styles.views}>
        {(['front', 'back'] as const).map((side) => (
          <BodyOutline key={side} side={side} marks={numbered(side)} onPlace={(x, y) => setPending({ side, x, y })} pending={pending?.side === side ? pending : undefined} />
        ))}
      </div>
      <form className={styles.form} onSubmit={add} aria-label="Add a mark" noValidate>
        <Field label="Where" required validationMessage={missing && !pending ? 'Click the outline or choose an area.' : undefined}>
          <Select value={pending ? `${pending.side}:${bodyAreaOf(pending)}` : ''} onChange={(_, d) => chooseArea(d.value)}>
            <option value="">Choose an area…</option>
            {(['front', 'back'] as const).flatMap((side) => areasOn(side).map((a) => <option key={`${side}:${a}`} value={`${side}:${a}`}>{`${AREA_LABELS[a]} (${SIDE_LABELS[side].toLowerCase()})`}</option>))}
          </Select>
        </Field>
        <Field label="Type">
          <Select value={type} onChange={(_, d) => setType(d.value as BodyMark['type'])}>
            {Object.entries(TYPE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </Select>
        </Field>
        <Field label="Size">
          <Select value={size} onChange={(_, d) => setSize(d.value as BodyMark['size'])}>
            {Object.entries(SIZE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </Select>
        </Field>
        <Field label="Description" required validationMessage={missing && !description.trim() ? 'Describe what you saw.' : undefined}>
          <Textarea value={description} onChange={(_, d) => setDescription(d.value)} rows={2} resize="vertical" />
        </Field>
        <Button type="submit">Add mark</Button>
      </form>
      <BodyMarkList marks={marks} onRemove={(i) => setMarks(marks.filter((_, j) => j !== i))} />
      {submit.error && submit.error.status !== 412 && <ErrorNotice error={submit.error} />}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onSave} disabled={submit.busy}>{submit.busy ? 'Saving…' : 'Save body map'}</Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </div>
  );
}
