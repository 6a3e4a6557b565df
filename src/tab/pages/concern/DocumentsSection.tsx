import { Button, Field, makeStyles, ProgressBar, shorthands, Text, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { Concern, DocumentKind, RecordDocument } from '../../api/types.js';
import { useApi } from '../../auth/session.js';
import { ErrorNotice } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { saveFile } from '../../components/save-file.js';
import { formatDateTime } from '../../format/dates.js';
import { useDocumentUploads } from './documents-upload.js';

const KIND_LABELS: Record<DocumentKind, string> = {
  pdf: 'PDF', png: 'Image (PNG)', jpg: 'Photo (JPEG)', heic: 'Photo (HEIC)', docx: 'Word document', txt: 'Text', eml: 'Email', msg: 'Outlook email',
};
const isImage = (k: DocumentKind) => k === 'png' || k === 'jpg' || k === 'heic';

const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  preview: { maxWidth: '240px', maxHeight: '240px', border: `1px solid ${tokens.colorNeutralStroke2}` },
});

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function DocumentRow({ concernId, doc }: { concernId: string; doc: RecordDocument }) {
  const api = useApi();
  const styles = useStyles();
  const [preview, setPreview] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const base = `/api/concerns/${encodeURIComponent(concernId)}/documents/${encodeURIComponent(doc.id)}`;
  const download = async () => {
    const r = await api.download(`${base}/download`).catch(() => undefined);
    if (r) saveFile(r.blob, doc.name.replace(/[^A-Za-z0-9_.-]/g, '_'), 'document');
    else setFailed('The file could not be downloaded. Try again.');
  };
  const showPreview = async () => {
    const r = await api.download(`${base}/preview`).catch(() => undefined);
    if (r) setPreview(URL.createObjectURL(r.blob));
    else setFailed('No preview can be shown for this image; download it instead.');
  };
  return (
    <li>
      <div className={styles.row}>
        <Text weight="semibold">{doc.name}</Text>
        <Text>{`${KIND_LABELS[doc.kind]}, ${sizeText(doc.size)}, added by ${doc.addedBy.name} on ${formatDateTime(doc.addedAt)}`}</Text>
        <Button size="small" onClick={download} aria-label={`Download ${doc.name}`}>Download</Button>
        {isImage(doc.kind) && !preview && <Button size="small" onClick={showPreview} aria-label={`Preview ${doc.name}`}>Preview</Button>}
      </div>
      {preview && <img className={styles.preview} src={preview} alt={`Preview of ${doc.name}`} />}
      {failed && <Text role="alert">{failed}</Text>}
    </li>
  );
}

/** Files attached to the concern, and (for a DSL or whoever logged it) a place to drop more. */
export function DocumentsSection({ concern: c, reload }: { concern: Concern; reload: () => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { uploads, send } = useDocumentUploads(c.id, reload);
  const docs = c.documents ?? [];
  if (!docs.length && !c.can.attachDocument) return null;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void send([...e.dataTransfer.files]);
  };
  return (
    <Section title="Documents">
      {docs.length ? (
        <ul className={styles.list} aria-label="Attached documents">
          {docs.map((d) => <DocumentRow key={d.id} concernId={c.id} doc={d} />)}
        </ul>
      ) : (
        <Text>No documents attached yet.</Text>
      )}
      {c.can.attachDocument && (
        <div
          className={`${styles.drop} ${over ? styles.over : ''}`}
          onDragOver={(e) => (e.preventDefault(), setOver(true))}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          role="group"
          aria-label="Attach documents"
        >
          <Text>Drop letters, photos, emails or reports here (PDF, images, Word, text or email; up to 25 MB each), or</Text>
          <Button onClick={() => input.current?.click()}>Choose files…</Button>
          <input ref={input} type="file" multiple hidden onChange={(e) => (void send([...(e.target.files ?? [])]), (e.target.value = ''))} />
        </div>
      )}
      {uploads.map((u) => (
        <div key={u.key}>
          {u.error ? (
            <ErrorNotice error={u.error} title={`“${u.name}” was not attached`} />
          ) : (
            <Field label={u.done ? `“${u.name}” attached` : `Sending “${u.name}”…`} validationState="none">
              <ProgressBar value={u.progress} max={1} aria-label={`Upload progress of ${u.name}`} />
            </Field>
          )}
        </div>
      ))}
    </Section>
  );
}
