/**
 * The set-up step before `npm start` (`node scripts/setup.mjs start`) and
 * `npm test` (`node scripts/setup.mjs test`): finds the browsers and tools the
 * command needs; installs what is missing where the machine can do so without
 * asking (Debian or Ubuntu, as root); otherwise stops with one plain message
 * and exit code 1.
 *
 * Node built-ins only: `.ci/run` runs it before `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findChromium, findFirefox, onPath, systemLookups } from './setup/find-browser.mjs';
import { isDebianLike, plan, TOOLS } from './setup/plan.mjs';

const command = process.argv[2];
if (command !== 'start' && command !== 'test') {
  console.error('Usage: node scripts/setup.mjs start|test');
  process.exit(1);
}

const look = systemLookups();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

const system = {
  apt: Boolean(onPath(look, 'apt-get')),
  root: process.getuid?.() === 0,
  debianLike: isDebianLike(readOsRelease()),
};

function survey() {
  return {
    chromium: findChromium(look),
    firefox: findFirefox(look),
    tools: Object.fromEntries(TOOLS.map((tool) => [tool, Boolean(onPath(look, tool))])),
  };
}

function aptGet(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

let step = plan({ command, hasDisplay, system, ...survey() });
if (step.action === 'install') {
  console.log(`Installing ${step.packages.join(' ')} (apt-get)...`);
  const installed = aptGet(['update', '-qq']) && aptGet(['install', '-y', '-qq', ...step.packages]);
  if (!installed) console.error('apt-get did not finish.');
  step = plan({ command, hasDisplay, system, mayInstall: false, ...survey() });
}
if (step.action === 'stop') {
  console.error(step.message);
  process.exit(1);
}

const found = survey();
const browsers = [`Chromium: ${found.chromium.path}`];
if (command === 'test') browsers.push(`Firefox: ${found.firefox.path}`);
console.log(browsers.join(', '));
