// Creating an output directory and its missing parents, one level at a time. Node 20's
// mkdirSync(dir, {recursive: true}) never returns for some paths (a directory under /proc), so
// --save and --dump-text would hang instead of saying the place cannot be written.
import fs from 'node:fs';
import path from 'node:path';

export function makeDirectory(dir: string): void {
	const missing: string[] = [];
	let current = path.resolve(dir);
	while (!fs.existsSync(current)) {
		missing.push(current);
		const parent = path.dirname(current);
		if (parent === current) break;
		current = parent;
	}
	for (const level of missing.reverse()) {
		try {
			fs.mkdirSync(level);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
	if (!fs.statSync(path.resolve(dir)).isDirectory()) {
		throw Object.assign(new Error(`not a directory: ${dir}`), {code: 'ENOTDIR'});
	}
}
