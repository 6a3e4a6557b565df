import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ExportPreview } from './types.js';

const useStyles = makeStyles({
  entry: { marginTop: tokens.spacingVerticalS },
  field: { display: 'block', whiteSpace: 'pre-wrap' },
});

/**
 * The redacted file as it would be released, for the DSL to read: a name that
 * appears only in free text and nowhere structured cannot be found automatically.
 */
export function FilePreview({ preview }: { preview: ExportPreview }) {
  const styles = useStyles();
  return (
    <details>
      <summary>{`Read the file as it would be released (${preview.recordIds.length} records)`}</summary>
      {preview.file.sections.map((s) => (
        <section key={s.key} aria-label={s.title}>
          <Text weight="semibold" size={400}>{s.title}</Text>
          {s.entries.map((e) => (
            <div key={e.recordId} className={styles.entry}>
              <Text weight="semibold">{e.title}</Text>
              {e.fields.map((f, i) => (
                <Text key={i} className={styles.field}>{`${f.label}: ${f.value}`}</Text>
              ))}
            </div>
          ))}
        </section>
      ))}
    </details>
  );
}
