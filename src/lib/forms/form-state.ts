/** What the user typed, by input name (`translations.es.title`); checkbox groups give arrays. */
export type FormValues = Record<string, string | string[]>;

/** The result of a back-office form action, shared by the action and the form component. */
export type FormState =
  | { ok: true; message?: string }
  | {
      ok: false;
      /** Localized messages by input name. */
      fieldErrors: Record<string, string>;
      /** "There are 2 problems in the form", localized with the right plural. */
      summary?: string;
      /** A localized message about the whole form (conflict, permission, …). */
      formError?: string;
      /** Set when someone else saved first: the form offers to reload the latest version. */
      conflict?: boolean;
      values: FormValues;
    }
  | null;

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;
const UNSAFE_SEGMENT = /(?:^|\.)(?:__proto__|constructor|prototype)(?:\.|$)/;

/** Our inputs' names only: React's `$ACTION_…` fields and anything odd are ignored. */
const isFieldName = (name: string) => FIELD_NAME.test(name) && !UNSAFE_SEGMENT.test(name);

/** Splits a submitted form into typed values and uploaded files. */
// NUL and the other C0 controls (but tab and line breaks) are never typed on purpose, and
// PostgreSQL refuses NUL in text: they are dropped here, once for every form.
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const NO_FILE_CHOSEN = new Set(['', 'undefined']);

export const readFormData = (formData: FormData) => {
  const values: FormValues = {};
  const files: Record<string, File> = {};
  for (const [name, value] of formData.entries()) {
    if (!isFieldName(name)) continue;
    if (typeof value !== 'string') {
      // A file input left empty is sent as an empty part without a file name, which arrives
      // named "" (a plain form post) or "undefined" (React's decoding of a server action). A
      // chosen empty file keeps its name and is kept, so that the upload checks refuse it.
      if (value.size > 0 || !NO_FILE_CHOSEN.has(value.name)) files[name] = value;
      continue;
    }
    const text = value.replace(CONTROL_CHARACTERS, '');
    const existing = values[name];
    if (existing === undefined) values[name] = text;
    else values[name] = Array.isArray(existing) ? [...existing, text] : [existing, text];
  }
  return { values, files };
};

/** `{ 'translations.es.title': 'x' }` → `{ translations: { es: { title: 'x' } } }` for zod. */
export const nestValues = (values: FormValues) => {
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const keys = name.split('.');
    let node = root;
    keys.slice(0, -1).forEach((key) => {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    });
    node[keys[keys.length - 1]!] = value;
  }
  return root;
};

export const asList = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
