import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

/**
 * One form of address across the site, public pages and back office alike: Spanish "usted"
 * ("Inicie sesión", "su contraseña"), Brazilian Portuguese "você" with third-person imperatives
 * ("Digite", "sua senha"), as the public pages always did. These checks catch the familiar forms
 * that crept into the back office ("Escribe", "tu cuenta", "puedes"; "tu", "teu").
 */

type Messages = { [key: string]: string | Messages };

const load = (locale: 'es' | 'pt') =>
  JSON.parse(
    readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8'),
  ) as Messages;

const flatten = (messages: Messages, prefix = ''): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });

/** A whole word: JavaScript's \b knows no accented letters ("estás", "és"). */
const words = (list: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * A sentence (or ICU branch) that starts with the word: imperatives are ambiguous elsewhere
 * ("un editor los revisa", "vuelve a ser borrador" are third person).
 */
const sentenceStart = (list: string[]) =>
  new RegExp(`(?:^|[.:;!?¿¡{(]\\s*)(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'gimu');

const SPANISH_TU = [
  // Pronouns and possessives: "te" and "ti" exist only as tú forms ("té" is tea).
  words(['tu', 'tus', 'te', 'ti', 'contigo', 'tuyo', 'tuya', 'tuyos', 'tuyas']),
  // Second-person singular verbs; none of these is a usted or third-person form.
  words([
    'puedes',
    'tienes',
    'debes',
    'quieres',
    'necesitas',
    'eres',
    'estás',
    'has',
    'hayas',
    'habías',
    'sabes',
    'abrieras',
    'enviaste',
    'elegiste',
    'escribiste',
  ]),
  // Tú imperatives (the usted ones end in -e/-a: "Escriba", "Elija", "Guarde", "Use").
  sentenceStart([
    'guarda',
    'elige',
    'escribe',
    'revisa',
    'usa',
    'sube',
    'haz',
    'pon',
    'propón',
    'acepta',
    'borra',
    'inténtalo',
    'déjalo',
    'describe',
    'indica',
    'añade',
    'agrega',
    'marca',
    'selecciona',
    'comprueba',
    'pulsa',
    'abre',
    'cierra',
    'completa',
    'introduce',
    'copia',
    'confirma',
    'envía',
    'quita',
    'prueba',
    'busca',
    'recuerda',
    'asegúrate',
    'consulta',
    'elígelo',
    'avisa',
    'repite',
  ]),
];

const PORTUGUESE_TU = [
  words(['tu', 'teu', 'tua', 'teus', 'tuas', 'ti', 'contigo']),
  words(['podes', 'tens', 'queres', 'deves', 'estás', 'és', 'precisas', 'sabes', 'vais']),
];

/** Messages a pattern matches although they address nobody, with the reason. */
const ALLOWED: Record<string, string> = {
  // "Busca en los nombres…": the search box searches (third person), it is not an order.
  'es:MechanismsPage.searchHint': 'third person: the search looks in the names',
  // "Consulta general": the noun (an enquiry), not the imperative of consultar.
  'es:Contact.topics.general': 'a noun: a general enquiry',
};

const familiarForms = (locale: 'es' | 'pt', patterns: RegExp[]) =>
  flatten(load(locale))
    .filter(([key]) => !(`${locale}:${key}` in ALLOWED))
    .flatMap(([key, value]) =>
      patterns.flatMap((pattern) =>
        [...value.matchAll(pattern)].map((match) => `${key}: «${match[0].trim()}»`),
      ),
    );

describe('form of address in messages/*.json', () => {
  it('is "usted" in Spanish everywhere, back office and mails included', () => {
    expect(familiarForms('es', SPANISH_TU)).toEqual([]);
  });

  it('is "você" in Portuguese, never "tu"', () => {
    expect(familiarForms('pt', PORTUGUESE_TU)).toEqual([]);
  });

  it('catches the familiar forms it is meant to catch', () => {
    const probe = (patterns: RegExp[], text: string) =>
      patterns.some((pattern) => [...text.matchAll(pattern)].length > 0);
    expect(probe(SPANISH_TU, 'Escribe una dirección.')).toBe(true);
    expect(probe(SPANISH_TU, 'Tipo no admitido: sube un PDF.')).toBe(true);
    expect(probe(SPANISH_TU, 'Revisa {kind, select, a {Elige uno} other {x}}')).toBe(true);
    expect(probe(SPANISH_TU, 'No tienes permiso.')).toBe(true);
    expect(probe(SPANISH_TU, 'Tu cuenta')).toBe(true);
    expect(probe(SPANISH_TU, '¿Seguro que quieres eliminarlo?')).toBe(true);
    expect(probe(SPANISH_TU, 'No estás conectado.')).toBe(true);
    expect(probe(PORTUGUESE_TU, 'A tua conta')).toBe(true);
    expect(probe(PORTUGUESE_TU, 'Tu podes entrar.')).toBe(true);
  });

  it('leaves usted forms and look-alike words alone', () => {
    const probe = (patterns: RegExp[], text: string) =>
      patterns.some((pattern) => [...text.matchAll(pattern)].length > 0);
    for (const text of [
      'Escriba una dirección web completa.',
      'Elija una de las opciones.',
      'Un editor los revisa antes de publicarlos.',
      'Retirado del sitio público: vuelve a ser borrador.',
      'Su cuenta no está vinculada; puede pedir otra.',
      'Este texto, la fuente, esté o no en internet, tiene un título.',
      'Un estatuto del Estado; el tutor.',
    ]) {
      expect(probe(SPANISH_TU, text), text).toBe(false);
    }
    for (const text of ['Você pode entrar na sua conta.', 'Atualize o estatuto.', 'Tutorial']) {
      expect(probe(PORTUGUESE_TU, text), text).toBe(false);
    }
  });
});
