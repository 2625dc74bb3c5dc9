// Where a file's records go once split, whatever the file's format: each is mapped to an event
// (or its problems, counted by reason) and appended to the table being built; at the end, the
// report and the table. The CSV and GeoJSON importers only split their files into records.
import { EventTableBuilder } from '../build-table';
import type { DayOrder } from './day';
import type { Preset } from './preset';
import { ProblemTally, type ImportReport } from './report';
import { rowMapper } from './row-mapper';
import type { RowProblem } from './row-problem';
import type { ImportOptions, ImportResult, FileHead } from './import-options';

/** Synthetic files from the project's generator: every id starts so (README "Event tables"). */
const SYNTHETIC_ID = /^SYN/;

export type ReportFormat = Pick<ImportReport, 'format' | 'delimiter' | 'encoding'>;

export class RecordSink {
	private readonly map: ReturnType<typeof rowMapper>;
	private readonly builder: EventTableBuilder;
	private readonly tally: ProblemTally;
	rowsRead = 0;
	private imported = 0;
	private rejected = 0;
	private synthetic = true;

	/** `expectedRows`: the importer's count of the file's records, room the table is given at once. */
	constructor(
		private readonly head: FileHead,
		private readonly options: ImportOptions,
		expectedRows?: number
	) {
		this.builder = new EventTableBuilder(expectedRows);
		this.map = rowMapper(head.header, head.preset, head.dayOrder);
		this.tally = new ProblemTally(options.onProblem);
	}

	get problems(): number {
		return this.tally.total;
	}

	/** A record that is not one (badly quoted, not a feature…): rejected with this problem. */
	reject(problem: RowProblem): void {
		this.rowsRead++;
		this.rejected++;
		this.tally.add(problem);
	}

	take(fields: readonly string[], row: number): void {
		this.rowsRead++;
		const mapped = this.map(fields, row);
		if (!mapped.ok) {
			this.rejected++;
			for (const p of mapped.problems) this.tally.add(p);
			return;
		}
		this.builder.add(mapped.event);
		this.imported++;
		if (this.synthetic && !SYNTHETIC_ID.test(mapped.event.id)) this.synthetic = false;
	}

	/** The report and, if a row was imported, the table. */
	finish(format: ReportFormat): ImportResult {
		const { header, preset, dayOrder } = this.head;
		const deathsColumn = preset.mapping.fatalities === undefined ? null : header[preset.mapping.fatalities]!.trim();
		const report: ImportReport = {
			preset: preset.name, ...format, dayOrder, rowsRead: this.rowsRead, imported: this.imported, rejected: this.rejected,
			reasons: this.tally.reasons(), problems: this.tally.kept
		};
		if (this.imported === 0) return { ok: false, code: 'noValidRows', detail: '', report, head: this.head };
		const meta = { name: this.options.name, countingRule: this.options.countingRule(preset.name, deathsColumn), synthetic: this.synthetic };
		return { ok: true, table: this.builder.build(meta), report, head: this.head };
	}
}
