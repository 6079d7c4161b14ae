// @vitest-environment happy-dom
/** The name rule on its own: ids, classes and data-* attribute names in any case style. */
import { describe, expect, test } from 'vitest';
import { exitName } from '@/utils/page-script/exit-names';

function element(attributes: string): Element {
  document.body.innerHTML = `<div ${attributes}></div>`;
  return document.body.firstElementChild!;
}

describe('names of an exit', () => {
  test.each([
    'id="quickExit"',
    'id="quickexit"',
    'class="btn quick-exit-btn"',
    'class="ds_hide-page__button ds_button js-hide-page"',
    'class="ow-leave-page-fab animate"',
    'id="get-away"',
    'class="page-exit"',
    'class="site_exit"',
    'class="SafetyExit"',
    'id="exit-this-page"',
    'id="sftExt-frontend-button"',
    'data-quick-exit-esc="true"',
  ])('%s', (attributes) => {
    expect(exitName(element(attributes))).toBe('exit');
  });

  test.each(['class="exit-btn"', 'id="btnExit"', 'data-exit-button', 'class="escape-button"'])(
    '%s names an exit button (not counted inside a dialog)',
    (attributes) => {
      expect(exitName(element(attributes))).toBe('exit-button');
    },
  );
});

describe('names of something else', () => {
  test.each([
    'class="hide-pagination"',
    'class="fullscreen-exit"',
    'class="exit-survey"',
    'class="exit-intent-popup"',
    'class="cookie-banner__hide"',
    'class="logout-btn"',
    'id="leave-feedback"',
    'class="btn btn-close"',
    'class="site-header"',
  ])('%s', (attributes) => {
    expect(exitName(element(attributes))).toBeNull();
  });
});
