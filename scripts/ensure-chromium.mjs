// End-to-end tests drive Debian's Chromium (/usr/bin/chromium); Playwright's own browser download
// is not used. Installs the package when missing and we are root on a Debian-like system.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian\'s chromium package…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    } catch {
      console.error('Could not install chromium with apt-get. Install it yourself (apt-get install chromium) or set CHROMIUM_PATH.');
      process.exit(1);
    }
  } else {
    console.error(
      `End-to-end tests need Chromium at ${CHROMIUM}. Install Debian's package as root (sudo apt-get install chromium), ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary. Playwright\'s browser download is not used.',
    );
    process.exit(1);
  }
}
