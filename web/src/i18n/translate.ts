/** Looks a message up in the chosen language and fills in its `{name}` placeholders. */
import { en, type MessageKey } from './en.js';
import { zh } from './zh.js';

export type Lang = 'en' | 'zh';
export const LANGS: readonly { readonly code: Lang; readonly name: string; readonly html: string }[] = [
  { code: 'en', name: 'English', html: 'en' },
  { code: 'zh', name: '简体中文', html: 'zh-Hans' },
];

const DICTS: Record<Lang, Record<MessageKey, string>> = { en, zh };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(lang: Lang): Translate {
  const dict = DICTS[lang];
  return (key, params) => {
    const s = dict[key];
    return params === undefined ? s : s.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}
