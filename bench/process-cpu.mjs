// CPU time of the processes this Node process started (the headless Chromium and its children),
// from /proc: what a benchmark cost the machine, whatever the other sessions on it made its wall time.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks a second, as /proc counts them (USER_HZ: 100 on Linux). */
const TICKS = 100;

function stat(pid) {
	try {
		// The command may hold spaces and parentheses: the fields after its last ')' are fixed.
		const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
		return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
	} catch {
		return null; // gone meanwhile
	}
}

/** Milliseconds of CPU (user + system) used so far by every living descendant of this process. */
export function descendantsCpuMs() {
	const all = new Map();
	for (const name of readdirSync('/proc')) if (/^\d+$/.test(name)) all.set(Number(name), stat(name));
	const ours = new Set([process.pid]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [pid, s] of all) if (s && !ours.has(pid) && ours.has(s.ppid)) ours.add(pid), (grew = true);
	}
	ours.delete(process.pid);
	let ticks = 0;
	for (const pid of ours) ticks += all.get(pid)?.ticks ?? 0;
	return (ticks * 1000) / TICKS;
}
