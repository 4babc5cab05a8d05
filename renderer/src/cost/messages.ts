/**
 * Small per-feature dictionaries (cost, problems, exporting) so these features do not edit
 * the shell's shared dictionary. `useMessages(dict)` returns a translator for the UI language.
 */
import { useMemo } from 'react';
import type { Lang, Localized } from '../../../shared/service/types';
import { useLang } from '../AppContext';

export type Messages = Readonly<Record<string, Localized>>;

/** Replaces `{name}` placeholders with the given values. */
export function fill(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function localize<M extends Messages>(
  lang: Lang,
  messages: M,
  key: keyof M,
  params?: Readonly<Record<string, string | number>>,
): string {
  const entry = messages[key];
  return entry === undefined ? String(key) : fill(entry[lang], params);
}

export type Translator<M extends Messages> = (
  key: keyof M,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The translator of a feature dictionary for the current UI language. */
export function useMessages<M extends Messages>(messages: M): Translator<M> {
  const lang = useLang();
  return useMemo<Translator<M>>(
    () => (key, params) => localize(lang, messages, key, params),
    [lang, messages],
  );
}
