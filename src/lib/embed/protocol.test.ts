import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS, fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz';
import { NONE_REPORTED, type Band } from '../casualties/band';
import type { Totals } from '../casualties/running-totals';
import {
	acceptsMessage,
	parseHostMessage,
	readyMessage,
	ReadyMessageSchema,
	resizeMessage,
	ResizeMessageSchema,
	stateMessage,
	StateMessageSchema
} from './protocol';

const band = (low: number, high = low, atLeast = false): Band => ({ low, high, atLeast, moreThan: false, reported: true });
const none = (): Band => ({ ...NONE_REPORTED });
const totals: Totals = {
	security: { killed: band(89), wounded: band(6), missing: none() },
	attackers: { killed: none(), wounded: none(), missing: none() },
	civilians: { killed: none(), wounded: none(), missing: none() }
};
const claimed: Totals = {
	security: { killed: { low: 100, high: 100, atLeast: true, moreThan: true, reported: true }, wounded: none(), missing: none() },
	attackers: { killed: band(99, 99, true), wounded: none(), missing: none() },
	civilians: { killed: none(), wounded: none(), missing: none() }
};

describe('outgoing messages', () => {
	it('readyMessage', () => {
		expect(ReadyMessageSchema.parse(readyMessage())).toEqual({ type: 'sahel-timeline:ready' });
	});

	it('resizeMessage rounds up to whole pixels', () => {
		expect(ResizeMessageSchema.parse(resizeMessage(612.2))).toEqual({ type: 'sahel-timeline:resize', height: 613 });
	});

	it('stateMessage writes the time in ISO 8601, "none reported" as null, opponents’ claims apart, and passes its schema', () => {
		const message = stateMessage({
			time: Date.UTC(2020, 0, 9, 13, 30),
			playing: true,
			chapter: 'chinagodrar',
			focus: 'chinagodrar-2020-01-09',
			totalsPolicy: 'range',
			attacksBegun: 4,
			totals,
			claimedByOpponents: claimed,
			focusTotals: { totals, claimedByOpponents: claimed },
			events: null
		});
		expect(StateMessageSchema.parse(message)).toEqual(message);
		expect(message.t).toBe('2020-01-09T13:30:00Z');
		expect(message.totals.security.killed).toEqual({ low: 89, high: 89, atLeast: false, moreThan: false });
		expect(message.totals.attackers.killed).toBeNull();
		expect(message.claimedByOpponents.attackers.killed).toEqual({ low: 99, high: 99, atLeast: true, moreThan: false });
		expect(message.claimedByOpponents.security.killed).toEqual({ low: 100, high: 100, atLeast: true, moreThan: true });
		expect(message.focusTotals?.totals.civilians.killed).toBeNull();
		expect(message.attacksBegun).toBe(4);
		expect(message.events).toBeNull();
	});

	it('stateMessage carries an event table’s figures apart, "none reported" as null, and passes its schema', () => {
		const state = {
			time: Date.UTC(2020, 0, 9, 13, 30),
			playing: false,
			chapter: null,
			focus: null,
			totalsPolicy: 'range' as const,
			attacksBegun: 4,
			totals,
			claimedByOpponents: claimed,
			focusTotals: null
		};
		const deaths = { name: 'Synthetic events', countingRule: 'invented', synthetic: true };
		const message = stateMessage({ ...state, events: { deaths, at: { events: 120, killed: 431, reported: 100 } } });
		expect(StateMessageSchema.parse(message)).toEqual(message);
		expect(message.events).toEqual({ name: 'Synthetic events', countingRule: 'invented', synthetic: true, begun: 120, killed: 431, noToll: 20 });
		// The story's totals are the same with or without the table.
		expect(message.totals).toEqual(stateMessage({ ...state, events: null }).totals);
		const unreported = stateMessage({ ...state, events: { deaths, at: { events: 3, killed: 0, reported: 0 } } });
		expect(unreported.events).toMatchObject({ begun: 3, killed: null, noToll: 3 });
	});
});

describe('parseHostMessage', () => {
	it.each([
		[{ type: 'sahel-timeline:play' }, { type: 'sahel-timeline:play' }],
		[{ type: 'sahel-timeline:pause' }, { type: 'sahel-timeline:pause' }],
		[
			{ type: 'sahel-timeline:seek', t: '2020-01-09T14:00:00+01:00' },
			{ type: 'sahel-timeline:seek', t: Date.UTC(2020, 0, 9, 13) }
		],
		[{ type: 'sahel-timeline:chapter', id: 'inates' }, { type: 'sahel-timeline:chapter', id: 'inates' }],
		[{ type: 'sahel-timeline:focus', id: 'ayorou-2017-10-21' }, { type: 'sahel-timeline:focus', id: 'ayorou-2017-10-21' }],
		[{ type: 'sahel-timeline:focus', id: null }, { type: 'sahel-timeline:focus', id: null }],
		[{ type: 'sahel-timeline:play', requestId: 7 }, { type: 'sahel-timeline:play' }]
	])('accepts %o', (data, message) => {
		expect(parseHostMessage(data)).toEqual(message);
	});

	it.each([
		['nothing', undefined],
		['null', null],
		['a string', 'sahel-timeline:play'],
		['JSON text', JSON.stringify({ type: 'sahel-timeline:play' })],
		['a number', 42],
		['an array', [{ type: 'sahel-timeline:play' }]],
		['no type', {}],
		['an unknown type', { type: 'sahel-timeline:stop' }],
		['an outgoing type', { type: 'sahel-timeline:ready' }],
		['another widget', { type: 'play' }],
		['seek without t', { type: 'sahel-timeline:seek' }],
		['seek with a number', { type: 'sahel-timeline:seek', t: 1578574800000 }],
		['seek without an offset', { type: 'sahel-timeline:seek', t: '2020-01-09T14:00:00' }],
		['seek to a day that does not exist', { type: 'sahel-timeline:seek', t: '2019-02-29T00:00:00Z' }],
		['chapter without id', { type: 'sahel-timeline:chapter' }],
		['chapter with a null id', { type: 'sahel-timeline:chapter', id: null }],
		['chapter with markup for an id', { type: 'sahel-timeline:chapter', id: '<img src=x>' }],
		['focus with a number id', { type: 'sahel-timeline:focus', id: 3 }]
	])('ignores %s', (_, data) => {
		expect(parseHostMessage(data)).toBeNull();
	});
});

describe('acceptsMessage', () => {
	const parent = { name: 'parent' };
	const sibling = { name: 'another frame' };

	it.each([
		['the parent, any origin', { eventSource: parent, eventOrigin: 'https://school.example', parentWindow: parent }, true],
		['the parent, with no origin set', { eventSource: parent, eventOrigin: 'https://a.example', parentWindow: parent, allowedOrigin: null }, true],
		[
			'the parent from the allowed origin',
			{ eventSource: parent, eventOrigin: 'https://school.example', parentWindow: parent, allowedOrigin: 'https://school.example' },
			true
		],
		[
			'the parent from another origin',
			{ eventSource: parent, eventOrigin: 'https://evil.example', parentWindow: parent, allowedOrigin: 'https://school.example' },
			false
		],
		['another window', { eventSource: sibling, eventOrigin: 'https://school.example', parentWindow: parent }, false],
		['no source', { eventSource: null, eventOrigin: 'https://school.example', parentWindow: parent }, false],
		['a page that is not framed', { eventSource: null, eventOrigin: 'https://school.example', parentWindow: null }, false],
		[
			'another window from the allowed origin',
			{ eventSource: sibling, eventOrigin: 'https://school.example', parentWindow: parent, allowedOrigin: 'https://school.example' },
			false
		]
	])('%s: %s', (_, check, accepted) => {
		expect(acceptsMessage(check)).toBe(accepted);
	});
});

describe('fuzz: messages to /embed', () => {
	const TYPES = ['play', 'pause', 'seek', 'chapter', 'focus'].map((t) => `sahel-timeline:${t}`);
	const near = fc.record(
		{ type: fc.oneof(fc.constantFrom(...TYPES, 'sahel-timeline:Play', 'sahel-timeline:', 'seek'), fc.string()), t: fc.oneof(fc.constantFrom('2020-01-09T13:15:00+01:00', '2020-01-09T13:15:00'), fc.anything()), id: fc.oneof(fc.constantFrom('inates', null, 'Inates', 'a'.repeat(101)), fc.anything()) },
		{ requiredKeys: ['type'] }
	);

	it(`a command only from the parent, of the named origin, that the schema describes (${FUZZ_RUNS} messages)`, fuzzTimeout(), () => {
		const parent = {};
		fc.assert(
			fc.property(
				fc.oneof(near, fc.anything()),
				fc.constantFrom<unknown>(parent, {}, null, undefined),
				fc.constantFrom(null, parent),
				fc.constantFrom(undefined, 'https://host.example'),
				fc.constantFrom('https://host.example', 'https://evil.example', 'null'),
				(data, eventSource, parentWindow, allowedOrigin, eventOrigin) => {
					const accepted = acceptsMessage({ eventSource, eventOrigin, parentWindow, allowedOrigin });
					expect(accepted).toBe(parentWindow !== null && eventSource === parentWindow && (allowedOrigin === undefined || eventOrigin === allowedOrigin));
					const command = parseHostMessage(data);
					if (command === null) return;
					expect(TYPES).toContain(command.type);
					if (command.type === 'sahel-timeline:seek') expect(Number.isFinite(command.t)).toBe(true);
					if (command.type === 'sahel-timeline:chapter') expect(command.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
					if ('id' in command && command.id !== null) expect(command.id.length).toBeLessThanOrEqual(100);
				}
			),
			fuzzRuns()
		);
	});
});
