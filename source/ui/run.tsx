// Interactive view entry: placeholder until the Ink view lands.
import type {Story} from '../model.ts';
import {renderPlain} from '../export/plain.ts';

export async function runInteractive(story: Story): Promise<void> {
	process.stdout.write(renderPlain(story) + '\n');
}
