import { describe, expect, it } from 'vitest';

import { hiddenFields } from '../../scripts/lib/server-action-form';

const page = `
  <header><form><input type="hidden" name="$ACTION_ID_header" value=""/></form></header>
  <main>
    <form action="" method="POST"><input type="hidden" name="$ACTION_ID_signout" value=""/>
      <button>Sign out</button></form>
    <form action="" method="POST" enctype="multipart/form-data">
      <input type="hidden" name="$ACTION_REF_1" value=""/>
      <input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f&amp;1&quot;}"/>
      <input name="translations.en.title" value=""/>
    </form>
  </main>`;

describe('hiddenFields', () => {
  it('reads the first form in <main>, decoding the attribute values', () => {
    expect(hiddenFields(page)).toEqual([['$ACTION_ID_signout', '']]);
  });

  it('reads the first form in <main> with the named field', () => {
    expect(hiddenFields(page, 'translations.en.title')).toEqual([
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', '{"id":"7f&1"}'],
    ]);
  });

  it('finds nothing without <main> or without such a form', () => {
    expect(hiddenFields('<form><input type="hidden" name="a" value="b"/></form>')).toEqual([]);
    expect(hiddenFields(page, 'missing')).toEqual([]);
  });
});
