import { describe, expect, it } from 'vitest';
import type { BrowserFound } from '../../scripts/setup/find-browser.mjs';
import { isDebianLike, plan, type SetupState } from '../../scripts/setup/plan.mjs';

const FOUND: BrowserFound = { found: true, path: '/usr/bin/x', where: 'x' };
const NOT_FOUND: BrowserFound = { found: false, reason: 'not-found', message: 'No browser found.' };
const ALL_TOOLS = { 'xvfb-run': true, xauth: true, xdotool: true, openssl: true };
const DEBIAN_ROOT = { apt: true, root: true, debianLike: true };
const DEBIAN_USER = { apt: true, root: false, debianLike: true };
const NO_APT = { apt: false, root: false, debianLike: false };

function state(changes: Partial<SetupState>): SetupState {
  return {
    command: 'test',
    hasDisplay: false,
    chromium: FOUND,
    firefox: FOUND,
    tools: ALL_TOOLS,
    system: DEBIAN_USER,
    ...changes,
  };
}

describe('plan', () => {
  it('goes on when everything is there', () => {
    expect(plan(state({}))).toEqual({ action: 'ready' });
  });

  it('npm start needs Chromium only', () => {
    expect(plan(state({ command: 'start', firefox: NOT_FOUND, tools: {} }))).toEqual({ action: 'ready' });
    expect(plan(state({ command: 'start', chromium: NOT_FOUND, system: DEBIAN_ROOT }))).toEqual({
      action: 'install',
      packages: ['chromium'],
    });
  });

  it('npm test needs Xvfb and xauth only without a display', () => {
    const tools = { xdotool: true, openssl: true };
    expect(plan(state({ hasDisplay: true, tools }))).toEqual({ action: 'ready' });
    expect(plan(state({ hasDisplay: false, tools, system: DEBIAN_ROOT }))).toEqual({
      action: 'install',
      packages: ['xvfb', 'xauth'],
    });
  });

  it('installs exactly what is missing on Debian or Ubuntu as root', () => {
    expect(plan(state({ chromium: NOT_FOUND, firefox: NOT_FOUND, tools: {}, system: DEBIAN_ROOT }))).toEqual({
      action: 'install',
      packages: ['chromium', 'firefox-esr', 'xdotool', 'openssl', 'xvfb', 'xauth'],
    });
  });

  it('installs Chromium when Google Chrome stable is the only browser', () => {
    const chromeOnly: BrowserFound = { found: false, reason: 'chrome-stable-only', message: 'Only Chrome.' };
    expect(plan(state({ chromium: chromeOnly, system: DEBIAN_ROOT }))).toEqual({
      action: 'install',
      packages: ['chromium'],
    });
    const stop = plan(state({ chromium: chromeOnly, system: DEBIAN_USER }));
    expect(stop.action === 'stop' && stop.message).toContain('Only Chrome.');
  });

  it('names the sudo apt-get command when it may not install', () => {
    const step = plan(state({ chromium: NOT_FOUND, tools: { ...ALL_TOOLS, xdotool: false } }));
    expect(step.action).toBe('stop');
    expect(step.action === 'stop' && step.message).toContain('sudo apt-get install chromium xdotool');
  });

  it('names npx playwright install chromium where there is no apt', () => {
    const step = plan(state({ chromium: NOT_FOUND, system: NO_APT }));
    expect(step.action === 'stop' && step.message).toContain('npx playwright install chromium');
    expect(step.action === 'stop' && step.message).not.toContain('apt-get');
  });

  it('stops after one installation that did not bring everything', () => {
    const step = plan(state({ chromium: NOT_FOUND, system: DEBIAN_ROOT, mayInstall: false }));
    expect(step.action === 'stop' && step.message).toContain('apt-get install chromium');
  });

  it('never installs past a browser path set by hand that does not exist', () => {
    const wrong: BrowserFound = { found: false, reason: 'variable-missing', message: 'CHROMIUM_PATH is wrong.' };
    expect(plan(state({ chromium: wrong, system: DEBIAN_ROOT }))).toEqual({
      action: 'stop',
      message: 'CHROMIUM_PATH is wrong.',
    });
    expect(plan(state({ command: 'start', chromium: wrong, system: DEBIAN_ROOT }))).toEqual({
      action: 'stop',
      message: 'CHROMIUM_PATH is wrong.',
    });
  });

  it('ignores a wrong FIREFOX_PATH for npm start, which needs no Firefox', () => {
    const wrong: BrowserFound = { found: false, reason: 'variable-missing', message: 'FIREFOX_PATH is wrong.' };
    expect(plan(state({ command: 'start', firefox: wrong }))).toEqual({ action: 'ready' });
    expect(plan(state({ command: 'test', firefox: wrong }))).toEqual({
      action: 'stop',
      message: 'FIREFOX_PATH is wrong.',
    });
  });
});

describe('isDebianLike', () => {
  it('knows Debian, Ubuntu and their derivatives, and nothing else', () => {
    expect(isDebianLike('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe(true);
    expect(isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike('ID=fedora\n')).toBe(false);
    expect(isDebianLike('ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n')).toBe(false);
    expect(isDebianLike('')).toBe(false);
  });
});
