import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';

interface Props<T extends { [K in keyof T]: boolean }> {
  id: string;
  heading: string;
  choices: { key: keyof T & string; label: string }[];
  defaults: T;
  read(): Promise<T>;
  save(value: T): Promise<void>;
  children?: ComponentChildren;
}

/** A group of on/off settings, each saved as soon as it changes. */
export function FlagSettings<T extends { [K in keyof T]: boolean }>({
  id,
  heading,
  choices,
  defaults,
  read,
  save,
  children,
}: Props<T>) {
  const [flags, setFlags] = useState<T>(defaults);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    read().then(setFlags, () => undefined);
  }, []);

  async function change(key: keyof T & string, on: boolean) {
    const next = { ...flags, [key]: on };
    setFlags(next);
    await save(next);
    setSaved(i18n.t('options.saved'));
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <fieldset>
        <legend class="visually-hidden">{heading}</legend>
        {choices.map(({ key, label }) => (
          <div class="checkbox">
            <input
              id={`${id}-${key}`}
              type="checkbox"
              checked={flags[key]}
              onChange={(event) => void change(key, event.currentTarget.checked)}
            />
            <label for={`${id}-${key}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      {children}
      <p role="status">{saved}</p>
    </section>
  );
}
