import { en } from "./en";
import type { Locale } from "./locale";
import { type MessageKey, vi } from "./vi";

export type MessageVars = Record<string, string | number>;
export type Dictionary = Partial<Record<MessageKey, string>>;

const dictionaries: Record<Locale, Dictionary> = { vi, en };

/** Replaces `{name}` placeholders; unknown placeholders stay visible so they get noticed. */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** Looks a key up in `locale`, falling back to Vietnamese, then to the key itself. */
export function translate(
  locale: Locale,
  key: MessageKey,
  vars?: MessageVars,
  dicts: Record<Locale, Dictionary> = dictionaries,
): string {
  const template = dicts[locale][key] ?? dicts.vi[key] ?? key;
  return interpolate(template, vars);
}
