// `crosscheck find`: placeholder until the search module lands.
import {UserError} from '../errors.ts';

export function runFind(_query: string, _files: string[], _options: {json: boolean; labels?: string[]; maxBytes?: number}): number {
	throw new UserError('find is not available yet');
}
