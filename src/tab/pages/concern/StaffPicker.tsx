import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PersonRef } from '../../api/types.js';
import { useApi } from '../../auth/session.js';

/**
 * Picks a member of staff from the school's directory (GET /api/staff), by
 * name. Only the id is sent on; the server names the person from the directory.
 */
export function StaffPicker({ label, value, onChange, error, required = true, source = '/api/staff' }: { label: string; value?: PersonRef; onChange(p?: PersonRef): void; error?: string; required?: boolean; source?: string }) {
  const api = useApi();
  const [text, setText] = useState(value?.name ?? '');
  const [options, setOptions] = useState<PersonRef[]>([]);
  const [problem, setProblem] = useState<string>();
  // Ask the directory only once the person starts choosing, not for every page view.
  const [active, setActive] = useState(false);
  useEffect(() => {
    if (!active) return;
    const abort = new AbortController();
    const search = value && text === value.name ? '' : text;
    api
      .get<{ items: PersonRef[] }>(`${source}?search=${encodeURIComponent(search)}`, abort.signal)
      .then((r) => (setOptions(r.data.items), setProblem(undefined)))
      .catch((e: Error) => !abort.signal.aborted && setProblem(e.message));
    return () => abort.abort();
  }, [api, text, value, active, source]);
  return (
    <Field label={label} required={required} validationMessage={error ?? problem}>
      <Combobox
        freeform
        placeholder="Type a name"
        value={text}
        onFocus={() => setActive(true)}
        selectedOptions={value ? [value.oid] : []}
        onChange={(e) => (setText(e.target.value), onChange(undefined))}
        onOptionSelect={(_, d) => {
          const picked = options.find((o) => o.oid === d.optionValue);
          setText(picked?.name ?? '');
          onChange(picked);
        }}
      >
        {options.map((o) => (
          <Option key={o.oid} value={o.oid}>
            {o.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
