// Finds a system Chromium; on Debian/Ubuntu as root installs Debian's package. Never downloads a browser build.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';

export function chromiumPath() {
	const candidate = process.env.CHROMIUM_PATH || DEFAULT_PATH;
	if (existsSync(candidate)) return candidate;
	const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
	if (!process.env.CHROMIUM_PATH && canApt) {
		console.log('Chromium not found: installing Debian’s chromium package with apt-get…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
	}
	throw new Error(
		`No Chromium at ${candidate}. Install your system's Chromium (Debian/Ubuntu: "sudo apt-get install chromium") ` +
			'or set CHROMIUM_PATH to its executable. The tests never download a browser.'
	);
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic'
];
