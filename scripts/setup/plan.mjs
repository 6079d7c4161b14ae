/**
 * The set-up step's decisions, apart from the machine: what a command needs, and
 * whether to go on, install what is missing, or stop with one plain message.
 *
 * Node built-ins only: `.ci/run` uses this before `npm ci`.
 */

/** Each piece the commands need, with the Debian package that provides it and its name for people. */
export const PIECES = {
  chromium: { package: 'chromium', name: 'Chromium' },
  firefox: { package: 'firefox-esr', name: 'Firefox ESR' },
  'xvfb-run': { package: 'xvfb', name: 'Xvfb (xvfb-run)' },
  xauth: { package: 'xauth', name: 'xauth' },
  xdotool: { package: 'xdotool', name: 'xdotool' },
  openssl: { package: 'openssl', name: 'OpenSSL' },
};

/** The programs looked up on PATH (the browsers have their own finder). */
export const TOOLS = ['xvfb-run', 'xauth', 'xdotool', 'openssl'];

/**
 * `npm start` needs Chromium only. `npm test` needs both browsers, xdotool (real
 * key presses for the browser shortcut and the permission dialogs), OpenSSL (the
 * Firefox tests' throwaway certificate) and, without a display, Xvfb and xauth
 * for the headed tests.
 */
export function piecesFor(command, hasDisplay) {
  if (command === 'start') return ['chromium'];
  return ['chromium', 'firefox', 'xdotool', 'openssl', ...(hasDisplay ? [] : ['xvfb-run', 'xauth'])];
}

/** Debian, Ubuntu and their derivatives, from the text of /etc/os-release. */
export function isDebianLike(osRelease) {
  const field = (key) => osRelease.match(new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm'))?.[1] ?? '';
  return /\b(debian|ubuntu)\b/.test(`${field('ID')} ${field('ID_LIKE')}`);
}

/**
 * @param state.command "start" or "test"
 * @param state.chromium, state.firefox the finder's answers
 * @param state.tools which of TOOLS are on PATH
 * @param state.system { apt, root, debianLike }
 * @param state.mayInstall false once an installation has been tried
 */
export function plan({ command, hasDisplay, chromium, firefox, tools, system, mayInstall = true }) {
  const needed = piecesFor(command, hasDisplay);
  const browsers = { chromium, firefox };

  // A path set by hand that is wrong is the person's to fix: installing another browser would hide the mistake.
  const wrongVariable = needed.map((piece) => browsers[piece]).find((found) => found?.reason === 'variable-missing');
  if (wrongVariable) return { action: 'stop', message: wrongVariable.message };

  const missing = needed.filter((piece) => (piece in browsers ? !browsers[piece].found : !tools[piece]));
  if (missing.length === 0) return { action: 'ready' };

  const packages = missing.map((piece) => PIECES[piece].package);
  if (mayInstall && system.apt && system.root && system.debianLike) return { action: 'install', packages };

  return { action: 'stop', message: missingMessage(command, missing, chromium, system) };
}

function missingMessage(command, missing, chromium, system) {
  const names = missing.map((piece) => PIECES[piece].name);
  const lines = [`Not found on this machine, and needed by \`npm ${command}\`: ${names.join(', ')}.`];
  if (chromium?.reason === 'chrome-stable-only') lines.push(chromium.message);
  if (system.apt) {
    const packages = missing.map((piece) => PIECES[piece].package).join(' ');
    lines.push(`Install with: ${system.root ? '' : 'sudo '}apt-get install ${packages}`);
  } else {
    if (missing.includes('chromium')) lines.push('Install Chromium with: npx playwright install chromium');
    const others = missing.filter((piece) => piece !== 'chromium').map((piece) => PIECES[piece].name);
    if (others.length > 0) lines.push(`Install ${others.join(', ')} with this system's package manager.`);
  }
  const variables = [missing.includes('chromium') && 'CHROMIUM_PATH', missing.includes('firefox') && 'FIREFOX_PATH'];
  const named = variables.filter(Boolean);
  if (named.length > 0)
    lines.push(`Or set ${named.join(' and ')} to the browser's executable if it is installed elsewhere.`);
  return lines.join('\n');
}
