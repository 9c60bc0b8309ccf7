// Test helpers: build sources and stories from plain strings through the real pipeline stages.
import assert from 'node:assert/strict';
import type {Source, Story} from '../../source/model.ts';
import {analyse} from '../../source/pipeline.ts';

export function makeSources(texts: string[], labels?: string[]): Source[] {
	return texts.map((text, i) => ({
		id: `s${i + 1}`,
		path: `${labels?.[i] ?? `source${i + 1}`}.txt`,
		label: labels?.[i] ?? `S${i + 1}`,
		title: '',
		text,
		format: 'text' as const,
	}));
}

export function storyOf(texts: string[], labels?: string[]) {
	return analyse(makeSources(texts, labels));
}

/** The texts of each row's units, for readable assertions. */
export function rowTexts(story: ReturnType<typeof storyOf>): string[][] {
	const units = new Map(story.units.map(u => [u.id, u]));
	return story.rows.map(r => r.units.map(id => units.get(id)!.text));
}

/** Structural validity every story must have, whatever the input. */
export function assertValidRows(story: Story): void {
	const units = new Map(story.units.map(u => [u.id, u]));
	const inRows = new Set<string>();
	for (const row of story.rows) {
		assert.ok(row.units.length > 0, 'no empty rows');
		assert.equal(new Set(row.units).size, row.units.length, 'no unit twice in a row');
		for (const id of row.units) {
			const unit = units.get(id);
			assert.ok(unit, `row ${row.id} names unknown unit ${id}`);
			assert.equal(unit.kind, 'claim', 'only claims are aligned');
			inRows.add(id);
		}
		const sources = new Set(row.units.map(id => units.get(id)!.source));
		assert.deepEqual(row.sources, story.sources.map(s => s.id).filter(id => sources.has(id)));
		const want = sources.size < 2 ? 'single' : row.conflicts.length ? 'conflict' : 'agree';
		assert.equal(row.status, want);
	}
	for (const unit of story.units) if (unit.kind === 'claim') assert.ok(inRows.has(unit.id), `claim ${unit.id} is in no row`);
	assert.deepEqual(story.rows.map(r => r.id), story.rows.map((_, i) => `r${i + 1}`));
}

