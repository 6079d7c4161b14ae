/**
 * The Firefox sources zip must rebuild to the Firefox zip, file for file, byte
 * for byte (what a store reviewer does): unpack it in a fresh folder, install
 * from its lockfile, build, and compare.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const SOURCES_ZIP = resolve(`.output/quick-exit-${version}-sources.zip`);
const FIREFOX_ZIP = resolve(`.output/quick-exit-${version}-firefox.zip`);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const work = mkdtempSync(join(tmpdir(), 'quick-exit-sources-'));
try {
  const sources = join(work, 'sources');
  const shipped = join(work, 'shipped');
  execFileSync('unzip', ['-q', SOURCES_ZIP, '-d', sources]);
  execFileSync('unzip', ['-q', FIREFOX_ZIP, '-d', shipped]);
  const run = (command, args) => execFileSync(command, args, { cwd: sources, stdio: ['ignore', 'ignore', 'inherit'] });
  run('npm', ['ci', '--no-audit', '--no-fund']);
  run('npx', ['wxt', 'build', '-b', 'firefox']);
  const rebuilt = join(sources, '.output/firefox-mv3');

  const list = (dir) =>
    filesUnder(dir)
      .map((path) => relative(dir, path))
      .sort();
  const [expected, actual] = [list(shipped), list(rebuilt)];
  const differences = [
    ...expected.filter((f) => !actual.includes(f)).map((f) => `missing from the rebuild: ${f}`),
    ...actual.filter((f) => !expected.includes(f)).map((f) => `only in the rebuild: ${f}`),
    ...expected
      .filter((f) => actual.includes(f) && !readFileSync(join(shipped, f)).equals(readFileSync(join(rebuilt, f))))
      .map((f) => `differs: ${f}`),
  ];
  if (differences.length > 0) {
    console.error(`The sources zip does not rebuild to the Firefox zip:\n${differences.join('\n')}`);
    process.exit(1);
  }
  console.log(`The sources zip rebuilds to the Firefox zip: ${expected.length} files, identical.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
