/**
 * Every string a person sees comes from the catalogue (locales/en_GB.yml):
 * no text written straight into the pages' markup, no catalogue key that
 * nothing uses, and the manifest and page titles from the catalogue too.
 * (That every key the code asks for exists is checked by `tsc`: keys are typed.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

const parsed = await parseMessagesFile('locales/en_GB.yml');
// Without the browser's predefined messages (@@ui_locale and the like).
const keys = parsed.map((message) => message.key.join('.')).filter((key) => !key.startsWith('@@'));
const chromeMessages = generateChromeMessages(parsed);
const texts = new Set(Object.values(chromeMessages).map((m) => m.message));

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const UI_DIRS = ['entrypoints', 'components'];
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
/** Attributes a person reads or hears. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);
const hasWords = (text: string) => /\p{L}/u.test(text);

/** Text written straight into JSX: text nodes, string children and spoken attributes. */
export function hardCodedText(source: string, fileName = 'file.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(node.text.trim());
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const e = node.expression;
      if (e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && hasWords(e.text)) found.push(e.text);
      if (e && ts.isTemplateExpression(e) && hasWords(e.getText())) found.push(e.getText());
    }
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value) && hasWords(value.text)) found.push(value.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** DOM properties whose text a person reads or hears, as the exit button's script sets them. */
const SPOKEN_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel']);

/** Text written straight into the DOM from a script: `el.textContent = '...'`, `setAttribute('aria-label', '...')`. */
export function hardCodedDomText(source: string, fileName = 'file.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const literal = (e: ts.Expression | undefined) =>
    e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && hasWords(e.text) ? e.text : undefined;
  const visit = (node: ts.Node) => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      SPOKEN_PROPERTIES.has(node.left.name.text)
    ) {
      const text = literal(node.right);
      if (text) found.push(text);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const [name, value] = node.arguments;
      if (node.expression.name.text === 'setAttribute' && name && ts.isStringLiteral(name)) {
        const text = SPOKEN_ATTRIBUTES.has(name.text) ? literal(value) : undefined;
        if (text) found.push(text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the catalogue', () => {
  it('the checker finds text a script writes into a page (so the next test can fail)', () => {
    expect(
      hardCodedDomText(
        `p.textContent = 'Loading.'; document.title = 'Loading'; b.setAttribute('aria-label', 'Exit'); s.textContent = i18n.t('x'); e.className = 'dots';`,
      ),
    ).toEqual(['Loading.', 'Loading', 'Exit']);
  });

  it('has no text written straight into a support page by the exit button’s script', () => {
    const offenders = filesUnder('entrypoints/exit-button', /\.ts$/).flatMap((path) =>
      hardCodedDomText(readFileSync(path, 'utf8'), path).map((text) => `${path}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the checker finds text written into markup (so the next test can fail)', () => {
    expect(
      hardCodedText(`const a = <p title="Hello">Hi {'there'} {\`\${n} items\`} <b>{i18n.t('x')}</b>{' · '}</p>;`),
    ).toEqual(['Hello', 'Hi', 'there', '`${n} items`']);
  });

  it('has no text written straight into a page', () => {
    const offenders = filesUnder(UI_DIRS[0]!, /\.tsx$/)
      .concat(filesUnder(UI_DIRS[1]!, /\.tsx$/))
      .flatMap((path) => hardCodedText(readFileSync(path, 'utf8'), path).map((text) => `${path}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it('has no entry that nothing uses', () => {
    const sources = SOURCE_DIRS.flatMap((dir) => filesUnder(dir, /\.(ts|tsx)$/))
      .concat(['wxt.config.ts'])
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    // Keys built in code: `prefix.${...}` uses every key under prefix.
    const prefixes = [...sources.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = keys.filter(
      (key) =>
        !sources.includes(`'${key}'`) &&
        !sources.includes(`__MSG_${key.replaceAll('.', '_')}__`) &&
        !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('gives the manifest its name, description, shortcut text and toolbar title', () => {
    const sources = ['wxt.config.ts', ...filesUnder('entrypoints', /\.html$/)].map((f) => readFileSync(f, 'utf8'));
    const names = sources.flatMap((text) => [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!));
    expect(names).toContain('extName');
    for (const name of names) expect(chromeMessages[name]?.message, name).toBeTruthy();
  });

  it('has the pages’ first-paint titles', () => {
    for (const html of filesUnder('entrypoints', /index\.html$/)) {
      const title = /<title>(.*)<\/title>/.exec(readFileSync(html, 'utf8'))?.[1];
      expect(texts.has(title ?? ''), `${html}: ${title}`).toBe(true);
    }
  });
});
