// Counts with their noun for everything printed (view, plain table, Markdown, find): "1 claim", "2 claims".

/** `n` and its noun, singular for exactly 1: counted(1, 'row') is "1 row", counted(3, 'match', 'matches') "3 matches". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : plural}`;
}
