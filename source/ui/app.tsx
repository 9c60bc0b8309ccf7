// The interactive view's root component: terminal size, the view state, keys, and the frame.
// All layout is done by buildFrame (pure); this component only wires Ink's input and output to it.
import React, {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {Box, Text, useApp, useInput, useStdout} from 'ink';
import type {Story} from '../model.ts';
import {buildSearchIndex, searchStory, type SearchIndex} from '../search/index.ts';
import {geometry} from './layout.ts';
import {handleInput, initialState, reduce, settle, type Env} from './state.ts';
import {buildFrame} from './frame.ts';
import {makeTheme, paint} from './theme.ts';
import {buildViewModel, type ViewModel} from './view-model.ts';

export interface AppProps {
	story: Story;
	color: boolean;
	/** Called after each frame is built (for the keypress benchmark). */
	onFrame?: () => void;
	/** A one-off message for the status area on the first frame (e.g. reading warnings). */
	notice?: string;
	/** The story's view model when already built (by the first frame painted ahead of Ink). */
	vm?: ViewModel;
	/** Builds the search index (tests count the calls). */
	buildIndex?: (story: Story) => SearchIndex;
}

/** After the search line opens, wait this long (longer than one frame at Ink's 60 fps) before building the index. */
const INDEX_DELAY_MS = 20;

interface Size {
	columns: number;
	rows: number;
}

/** Terminal size, updated on 'resize' (Ink re-lays out on resize, but does not re-render components). */
function useTerminalSize(): Size {
	const {stdout} = useStdout();
	const read = useCallback((): Size => ({columns: stdout.columns || 80, rows: stdout.rows || 24}), [stdout]);
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, read]);
	return size;
}

export function App({story, color, onFrame, notice, vm: prebuilt, buildIndex = buildSearchIndex}: AppProps) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const vm = useMemo(() => (prebuilt?.story === story ? prebuilt : buildViewModel(story)), [story, prebuilt]);
	// The search index is built once per story: when the search line first opens, or by the first search.
	const index = useRef<SearchIndex | undefined>(undefined);
	const search = useCallback((query: string) => searchStory((index.current ??= buildIndex(story)), query), [story, buildIndex]);
	const env: Env = useMemo(() => ({vm, geo: geometry(size.columns, size.rows, vm.sources.length), search}), [vm, size, search]);
	const envRef = useRef(env);
	envRef.current = env;
	const [state, setState] = useState(() => settle({...initialState(), message: notice}, env));
	const stateRef = useRef(state);
	stateRef.current = state;

	// Re-settle when the layout changes (resize); the first state is already settled for this env,
	// and settling it again on mount would only cost a second render right after the first frame.
	const settledFor = useRef(env);
	useEffect(() => {
		if (settledFor.current === env) return;
		settledFor.current = env;
		const next = reduce(stateRef.current, {type: 'resize'}, env);
		stateRef.current = next;
		setState(next);
	}, [env]);

	// Build the index once the frame with the open search line is out, so the first typed key does not
	// wait for it (16-25 ms on the demo story, about 100 ms on 100 articles).
	const editing = state.search.editing;
	useEffect(() => {
		if (!editing || index.current) return;
		const timer = setTimeout(() => {
			index.current ??= buildIndex(story);
		}, INDEX_DELAY_MS);
		return () => clearTimeout(timer);
	}, [editing, story, buildIndex]);

	useInput((input, key) => {
		const current = stateRef.current;
		const {state: next, quit} = handleInput(current, input, key, envRef.current);
		if (quit) {
			exit();
			return;
		}
		if (next === current) return;
		// Keep the ref current so several keys arriving before the next render all apply.
		stateRef.current = next;
		setState(next);
	});

	const theme = useMemo(() => makeTheme(color), [color]);
	const lines = useMemo(() => buildFrame(state, env).map(line => paint(line, theme)), [state, env, theme]);
	useEffect(() => onFrame?.());
	return (
		<Box flexDirection="column">
			{lines.map((line, i) => (
				<Text key={i} wrap="truncate-end">
					{line || ' '}
				</Text>
			))}
		</Box>
	);
}
